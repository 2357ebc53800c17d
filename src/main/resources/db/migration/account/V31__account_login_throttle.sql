-- Login and registration throttling shared by every portal instance (account/LoginThrottle, docs/accounts.md).
-- One row per counted thing:
--   scope PAIR:         key = canonical e-mail + ' ' + client address; consecutive failed logins of that pair
--   scope ADDRESS:      key = client address; failed logins within the current 15-minute window
--   scope REGISTRATION: key = client address; "e-mail already registered" answers within the current hour
create table login_throttle (
    scope        varchar(20)  not null check (scope in ('PAIR', 'ADDRESS', 'REGISTRATION')),
    key          varchar(400) not null,
    failures     integer      not null,
    window_start timestamptz  not null,
    last_failure timestamptz  not null,
    wait_until   timestamptz,
    primary key (scope, key)
);
-- Old rows are deleted by LoginThrottle.prune().
create index login_throttle_last_failure_idx on login_throttle (last_failure);
