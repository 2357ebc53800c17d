-- Issue 16: the contract is followed. After approval the two parties record what was delivered (goods on a date,
-- or a service period from a date to another) with its value, and the payments with their terms (tempo
-- pembayaran: due date, and the date paid once it is). Realised value = the sum of the deliveries' values; a
-- payment is late while unpaid after its due date (WIB day of the portal's clock). Written by the partnership
-- module only (ContractService); every record also goes into the audit trail.
create table partnership_delivery (
    id             bigserial     primary key,
    partnership_id bigint        not null references partnership (id),
    delivered_on   date          not null,
    period_end     date          check (period_end >= delivered_on),
    quantity       numeric(16, 2) check (quantity > 0),
    value          bigint        not null check (value >= 0),
    note           varchar(1000),
    document_id    bigint        references stored_document (id),
    recorded_by    bigint        not null references account (id),
    recorded_at    timestamptz   not null
);
create index partnership_delivery_partnership_idx on partnership_delivery (partnership_id, delivered_on);
create index partnership_delivery_document_idx on partnership_delivery (document_id) where document_id is not null;

create table partnership_payment (
    id             bigserial     primary key,
    partnership_id bigint        not null references partnership (id),
    amount         bigint        not null check (amount >= 1),
    due_date       date          not null,
    paid_on        date,
    note           varchar(1000),
    recorded_by    bigint        not null references account (id),
    recorded_at    timestamptz   not null,
    paid_recorded_by bigint      references account (id),
    version        bigint        not null default 0
);
create index partnership_payment_partnership_idx on partnership_payment (partnership_id, due_date);
