-- Issue 13. Which kinds of notification a person also wants by e-mail (a row only where they chose; no row = the
-- kind's default, notification.NotificationKind), and the hourly batching of chatty kinds (new messages): a
-- notification of such a kind waits with mail_pending until its account's batch may be sent again, at most one
-- e-mail per hour per person (notification_mail_batch.last_sent_at).
create table notification_email_choice (
    account_id bigint      not null references account (id) on delete cascade,
    kind       varchar(40) not null,
    by_email   boolean     not null,
    primary key (account_id, kind)
);

create table notification_mail_batch (
    account_id   bigint      primary key references account (id) on delete cascade,
    last_sent_at timestamptz not null
);

alter table notification add column mail_pending boolean not null default false;
create index notification_mail_pending_idx on notification (account_id) where mail_pending;
