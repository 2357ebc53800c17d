-- Account recovery and self-service (issue 13, docs/accounts.md "Recovery and self-service").

-- The language the person chose on the account page ('id' or 'en'); null = never chosen (the portal's default, or
-- the browser's cookie). Applied at login and used for the account's own e-mails.
alter table account add column language varchar(5) check (language in ('id', 'en'));

-- Single-use secrets sent or given to a person, stored only as a SHA-256 hash of the secret
-- (account/internal/AccountTokens):
--   RESET_LINK    the "forgot password" link mailed to the account's address (30 minutes)
--   RESET_CODE    the code an officer or administrator gives an owner by phone or at the desk (24 hours, 5 tries)
--   EMAIL_CHANGE  the link mailed to a new address to confirm it (24 hours); new_email is that address
create table account_token (
    id              bigserial    primary key,
    account_id      bigint       not null references account (id),
    purpose         varchar(20)  not null check (purpose in ('RESET_LINK', 'RESET_CODE', 'EMAIL_CHANGE')),
    token_hash      varchar(64)  not null unique,
    new_email       varchar(254),
    issued_by       bigint       references account (id),
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    failed_attempts integer      not null default 0
);
create index account_token_account_idx on account_token (account_id, purpose);

-- What was done to an account's security, by whom (account/internal/AccountAudit): an officer's or administrator's
-- reset code, password changes and resets, e-mail changes, the second factor switched on or off.
create table account_audit (
    id         bigserial    primary key,
    account_id bigint       not null references account (id),
    actor_id   bigint       not null references account (id),
    action     varchar(40)  not null,
    address    varchar(90),
    at         timestamptz  not null
);
create index account_audit_account_idx on account_audit (account_id, at desc);
create index account_audit_at_idx on account_audit (at desc);

-- TOTP second factor (account/internal/SecondFactor): the secret encrypted with AES-256-GCM under a key from the
-- configuration (SIMITRA_SECOND_FACTOR_KEY) or a key file, never in plain text; last_step is the last 30-second step
-- whose code was accepted, so a code cannot be used twice.
create table account_second_factor (
    account_id       bigint      primary key references account (id),
    secret_encrypted text        not null,
    enabled_at       timestamptz not null,
    last_step        bigint      not null default 0
);

-- Recovery codes for a lost authenticator: ten per account, each usable once, stored as SHA-256 hashes.
create table account_recovery_code (
    id         bigserial   primary key,
    account_id bigint      not null references account (id),
    code_hash  varchar(64) not null,
    used_at    timestamptz
);
create index account_recovery_code_account_idx on account_recovery_code (account_id);

-- New throttle scopes (account/LoginThrottle): RESET_ADDRESS counts "forgot password" requests and reset-code
-- attempts per client address, RESET_EMAIL the reset mails per e-mail, SECOND_FACTOR wrong second-factor codes.
alter table login_throttle drop constraint login_throttle_scope_check;
alter table login_throttle add constraint login_throttle_scope_check
    check (scope in ('PAIR', 'ADDRESS', 'REGISTRATION', 'RESET_ADDRESS', 'RESET_EMAIL', 'SECOND_FACTOR'));
