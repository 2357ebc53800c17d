-- Issue 13, company teams: a company has members (admins manage the profile and the members, staff work on needs,
-- offers, partnerships and shortlists); everything the company owns stays keyed by company_id, never by a person.
create table company_member (
    company_id bigint      not null references company (id),
    account_id bigint      not null references account (id),
    role       varchar(10) not null check (role in ('ADMIN', 'STAFF')),
    joined_at  timestamptz not null default now(),
    primary key (company_id, account_id)
);
-- An account works for one company: @CurrentCompany answers exactly one.
create unique index company_member_account_uk on company_member (account_id);

-- The person who registered each existing company is its first admin.
insert into company_member (company_id, account_id, role, joined_at)
select id, owner_id, 'ADMIN', created_at from company;

-- owner_id stays, as "registered by": who created the company, kept for the record. No access rule reads it, and
-- the same person may register another company after leaving this one, so it is no longer unique.
alter table company drop constraint company_owner_id_key;
comment on column company.owner_id is 'registered by (issue 13); who may act for the company is company_member';

-- Invitations by e-mail. Only a hash of the token is kept: the link in the e-mail is the secret.
create table company_invitation (
    id          bigserial    primary key,
    company_id  bigint       not null references company (id),
    email       varchar(254) not null,
    role        varchar(10)  not null check (role in ('ADMIN', 'STAFF')),
    token_hash  varchar(64)  not null unique,
    invited_by  bigint       not null references account (id),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by bigint       references account (id),
    revoked_at  timestamptz
);
create index company_invitation_company_idx on company_invitation (company_id, created_at desc);

-- "Let me join": an account without a company whose NIB is already registered asks that company's admins.
create table company_membership_request (
    id          bigserial   primary key,
    company_id  bigint      not null references company (id),
    account_id  bigint      not null references account (id),
    created_at  timestamptz not null,
    decided_at  timestamptz,
    decided_by  bigint      references account (id),
    approved    boolean
);
create unique index company_membership_request_open_uk on company_membership_request (account_id)
    where decided_at is null;
create index company_membership_request_company_idx on company_membership_request (company_id)
    where decided_at is null;

-- Who changed the team and when (invited, joined, role changed, removed): the team's own audit trail.
create table company_member_event (
    id         bigserial   primary key,
    company_id bigint      not null references company (id),
    account_id bigint      references account (id),
    email      varchar(254),
    kind       varchar(20) not null check (kind in ('INVITED', 'INVITATION_REVOKED', 'JOINED', 'ROLE_CHANGED',
        'REMOVED', 'REQUEST_DECLINED')),
    role       varchar(10) check (role in ('ADMIN', 'STAFF')),
    actor_id   bigint      not null references account (id),
    created_at timestamptz not null
);
create index company_member_event_company_idx on company_member_event (company_id, created_at desc, id desc);
