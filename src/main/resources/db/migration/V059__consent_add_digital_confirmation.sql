alter table consent add column given_by_guardian_id uuid;
alter table consent add column withdrawn_by_guardian_id uuid;
alter table consent add constraint fk_consent_given_by_guardian foreign key (given_by_guardian_id) references guardian (id);
alter table consent add constraint fk_consent_withdrawn_by_guardian foreign key (withdrawn_by_guardian_id) references guardian (id);
create index ix_consent_given_by_guardian_id on consent (given_by_guardian_id);
create index ix_consent_withdrawn_by_guardian_id on consent (withdrawn_by_guardian_id);
comment on column consent.form is 'WRITTEN, ORAL, or DIGITAL (given by a guardian in the family portal: pending until every guardian named in consent_guardian has confirmed in consent_confirmation, active only then).';
comment on column consent.given_by_guardian_id is 'For a consent given digitally: the guardian who gave it in the family portal. Empty when staff recorded it.';
comment on column consent.withdrawn_by_guardian_id is 'The guardian who withdrew the consent in the family portal; empty when staff recorded the withdrawal.';
comment on table consent_guardian is 'The guardians who gave a consent; for a consent given digitally, every guardian with parental responsibility, each of whom must confirm.';

create table consent_confirmation (
    consent_id   uuid        not null,
    guardian_id  uuid        not null,
    confirmed_at timestamptz not null,
    constraint pk_consent_confirmation primary key (consent_id, guardian_id),
    constraint fk_consent_confirmation_consent foreign key (consent_id) references consent (id),
    constraint fk_consent_confirmation_guardian foreign key (guardian_id) references guardian (id)
);
create index ix_consent_confirmation_guardian_id on consent_confirmation (guardian_id);
comment on table consent_confirmation is 'A guardian''s confirmation in the family portal of a consent given digitally (one row per guardian); the consent is active when every guardian named on it has confirmed (docs/adr/0015).';
comment on column consent_confirmation.consent_id is 'The consent given digitally.';
comment on column consent_confirmation.guardian_id is 'The guardian with parental responsibility who confirmed.';
comment on column consent_confirmation.confirmed_at is 'When the guardian confirmed (logged in with ID-porten).';
