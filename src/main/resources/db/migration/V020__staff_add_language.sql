alter table staff_member add column language varchar(5);
comment on column staff_member.language is 'The language the staff member last chose in Helhet (nb, nn or en), for e-mails such as the task digest; empty means bokmål.';
