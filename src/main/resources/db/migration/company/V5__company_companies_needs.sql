create table company (
    id           bigserial    primary key,
    owner_id     bigint       not null unique references account (id),
    name         varchar(150) not null,
    nib          varchar(13)  check (nib ~ '^[0-9]{13}$'),
    sector       varchar(150) not null,
    regency_code varchar(13)  not null references region (code),
    address      varchar(300),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create unique index company_nib_uk on company (nib) where nib is not null;

create table need (
    id            bigserial    primary key,
    company_id    bigint       not null references company (id),
    title         varchar(150) not null,
    description   varchar(4000) not null,
    kbli_version  varchar(4)   not null default '2020',
    kbli_code     varchar(5)   not null,
    quantity      numeric(14, 2) not null check (quantity > 0),
    unit          varchar(10)  not null,
    unit_kind     varchar(10)  not null,
    quantity_base numeric(18, 3) not null,
    regency_code  varchar(13)  not null references region (code),
    deadline      date         not null,
    pattern       varchar(30)  not null check (pattern in ('INTI_PLASMA', 'SUBKONTRAK', 'WARALABA',
        'PERDAGANGAN_UMUM', 'DISTRIBUSI_KEAGENAN', 'RANTAI_PASOK', 'BAGI_HASIL',
        'KERJA_SAMA_OPERASIONAL', 'USAHA_PATUNGAN', 'PENYUMBERLUARAN')),
    status        varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    search        tsvector generated always as (
        setweight(to_tsvector('indonesian', title), 'A')
        || setweight(to_tsvector('indonesian', description), 'B')) stored,
    foreign key (kbli_version, kbli_code) references kbli (version, code)
);
create index need_company_idx on need (company_id, created_at desc);
create index need_open_idx on need (status, deadline);
