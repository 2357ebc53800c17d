create table partnership (
    id                  bigserial    primary key,
    need_id             bigint       references need (id),
    company_id          bigint       not null references company (id),
    umkm_id             bigint       not null references umkm (id),
    pattern             varchar(30)  not null check (pattern in ('INTI_PLASMA', 'SUBKONTRAK', 'WARALABA',
        'PERDAGANGAN_UMUM', 'DISTRIBUSI_KEAGENAN', 'RANTAI_PASOK', 'BAGI_HASIL',
        'KERJA_SAMA_OPERASIONAL', 'USAHA_PATUNGAN', 'PENYUMBERLUARAN')),
    object              varchar(300) not null,
    estimated_value     bigint       not null check (estimated_value > 0),
    start_date          date         not null,
    end_date            date         not null check (end_date >= start_date),
    -- The company's statement that it does not own or control the UMKM (PP 7/2021; supervised by KPPU).
    no_control_declared boolean      not null check (no_control_declared),
    status              varchar(20)  not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'APPROVED', 'REJECTED')),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
create index partnership_company_idx on partnership (company_id, created_at desc);
create index partnership_umkm_idx on partnership (umkm_id, created_at desc);
create index partnership_status_idx on partnership (status, updated_at);

-- Every status change with who, when and why: the history shown on the partnership page.
create table partnership_event (
    id             bigserial   primary key,
    partnership_id bigint      not null references partnership (id) on delete cascade,
    from_status    varchar(20),
    to_status      varchar(20) not null,
    actor_id       bigint      not null references account (id),
    actor_role     varchar(20) not null,
    reason         varchar(1000),
    occurred_at    timestamptz not null default now()
);
create index partnership_event_idx on partnership_event (partnership_id, occurred_at, id);
