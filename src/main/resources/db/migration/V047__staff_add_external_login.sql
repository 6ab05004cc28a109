-- Staff login through OpenID Connect (the municipality's Entra ID or Ansattporten): an account is
-- linked to the identity provider's user by one claim (helhet.oidc.link-claim, e.g.
-- preferred_username, email or oid). Empty for accounts that log in locally only.
alter table staff_member add column external_id varchar(200);
create unique index uq_staff_member_external_id on staff_member (external_id);
comment on column staff_member.external_id is 'The value of the identity provider''s link claim (helhet.oidc.link-claim) for this person, for login through OpenID Connect; empty if not linked.';
