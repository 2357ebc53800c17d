-- Offers that UMKM make on companies' needs, the files attached to them, and companies' invitations to offer.

create table offer (
    id              bigserial      primary key,
    need_id         bigint         not null references need (id),
    umkm_id         bigint         not null references umkm (id) on delete cascade,
    quantity        numeric(14, 2) not null check (quantity > 0),
    unit            varchar(10)    not null,
    unit_kind       varchar(10)    not null,
    -- Quantity in the base unit of its kind (kg, litre, piece...) so offers in other units compare.
    quantity_base   numeric(18, 3) not null,
    -- Whole rupiah per one unit of the offer's own unit.
    unit_price      bigint         not null check (unit_price > 0),
    lead_time_days  integer        not null check (lead_time_days between 0 and 365),
    valid_until     date           not null,
    note            varchar(2000),
    -- EXPIRED is never stored: an undecided offer past valid_until is shown as expired when read, so no
    -- scheduler has to keep the column current.
    status          varchar(12)    not null default 'SUBMITTED'
        check (status in ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decision_reason varchar(1000),
    decided_by      bigint         references account (id),
    decided_at      timestamptz,
    revised_at      timestamptz,
    withdrawn_at    timestamptz,
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    version         bigint         not null default 0
);
-- One active offer per UMKM and need; withdrawn and declined offers stay as history beside a new one.
create unique index offer_active_uk on offer (need_id, umkm_id) where status in ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED');
create index offer_need_idx on offer (need_id, id);
create index offer_umkm_idx on offer (umkm_id, created_at desc);

-- Files attached to an offer (at most 3, checked by the application). The file itself is a stored_document
-- of the offering UMKM; name, type and size are repeated here so lists need not read the file rows.
create table offer_attachment (
    offer_id     bigint       not null references offer (id) on delete cascade,
    document_id  bigint       not null unique references stored_document (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    created_at   timestamptz  not null default now(),
    primary key (offer_id, document_id)
);

-- A company asks an UMKM to make an offer on a need. Once per need and UMKM: inviting again changes nothing.
create table need_invitation (
    id         bigserial   primary key,
    need_id    bigint      not null references need (id),
    umkm_id    bigint      not null references umkm (id) on delete cascade,
    invited_by bigint      not null references account (id),
    created_at timestamptz not null default now(),
    unique (need_id, umkm_id)
);
create index need_invitation_umkm_idx on need_invitation (umkm_id, created_at desc);
