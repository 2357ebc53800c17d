-- In-app notifications (also e-mailed when a mail server is configured). The text is rendered when shown,
-- in the reader's language, from the message key and its arguments.
create table notification (
    id          bigserial    primary key,
    account_id  bigint       not null references account (id),
    message_key varchar(100) not null,
    args        text[]       not null default '{}',
    link        varchar(300),
    created_at  timestamptz  not null default now(),
    read_at     timestamptz
);
create index notification_account_idx on notification (account_id, created_at desc, id desc);
create index notification_unread_idx on notification (account_id) where read_at is null;
