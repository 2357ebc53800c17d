-- Addresses an account logged in from successfully (account/LoginThrottle, docs/accounts.md "Login throttling"):
-- the per-address limit never stops an account from an address it used within the last 90 days, so one attacker
-- behind an office's NAT address cannot keep everyone in that office out. Keys as in login_throttle: the canonical
-- e-mail and the client address (not a foreign key: an account that is deleted simply stops logging in, and its rows
-- go after 90 days with the others, LoginThrottle.prune()).
create table login_known_address (
    email      varchar(320) not null,
    address    varchar(90)  not null,
    last_login timestamptz  not null,
    primary key (email, address)
);
create index login_known_address_last_login_idx on login_known_address (last_login);
