create table account (
    id            bigserial primary key,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    display_name  varchar(120) not null,
    role          varchar(20)  not null check (role in ('UMKM', 'COMPANY', 'OFFICER', 'ADMIN')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
-- E-mail addresses are compared case-insensitively: one person, one account.
create unique index account_email_uk on account (lower(email));
create index account_role_idx on account (role);
