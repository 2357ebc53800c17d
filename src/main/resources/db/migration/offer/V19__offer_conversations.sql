-- One conversation per need and UMKM between the company and the UMKM. It opens when the UMKM makes an offer
-- or the company invites it. Contact details are shown only after both sides agreed to share them.

create table conversation (
    id                bigserial   primary key,
    need_id           bigint      not null references need (id),
    umkm_id           bigint      not null references umkm (id) on delete cascade,
    company_id        bigint      not null references company (id),
    umkm_agreed_at    timestamptz,
    company_agreed_at timestamptz,
    last_message_at   timestamptz,
    created_at        timestamptz not null default now(),
    unique (need_id, umkm_id)
);
create index conversation_umkm_idx on conversation (umkm_id, created_at desc);
create index conversation_company_idx on conversation (company_id, created_at desc);

create table conversation_message (
    id              bigserial     primary key,
    conversation_id bigint        not null references conversation (id) on delete cascade,
    author_id       bigint        not null references account (id),
    author_side     varchar(10)   not null check (author_side in ('UMKM', 'COMPANY')),
    body            varchar(2000) not null check (length(btrim(body)) > 0),
    created_at      timestamptz   not null default now()
);
create index conversation_message_idx on conversation_message (conversation_id, created_at, id);
