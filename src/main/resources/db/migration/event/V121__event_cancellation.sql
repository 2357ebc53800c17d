-- Issue 14: the organising officer cancels a published event with a reason, which the public page shows and the
-- invited and registered participants are told.
alter table event
    add column cancel_reason varchar(2000),
    add column cancelled_at  timestamptz,
    add column cancelled_by  bigint references account (id),
    add constraint event_cancel_reason check (status <> 'CANCELLED' or cancel_reason is not null);
