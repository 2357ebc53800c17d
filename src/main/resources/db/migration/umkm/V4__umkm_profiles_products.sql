create table umkm (
    id                   bigserial    primary key,
    owner_id             bigint       not null unique references account (id),
    business_name        varchar(150) not null,
    owner_name           varchar(120) not null,
    nib                  varchar(13)  check (nib ~ '^[0-9]{13}$'),
    regency_code         varchar(13)  not null references region (code),
    address              varchar(300) not null,
    phone                varchar(20)  not null,
    description          varchar(2000),
    business_capital     bigint       not null check (business_capital >= 0),
    annual_sales         bigint       not null check (annual_sales >= 0),
    -- Derived from the two figures (PP 7/2021 art. 35); stored so filters and reports can index it.
    size_class           varchar(10)  not null check (size_class in ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR')),
    size_class_by_sales  varchar(10)  not null check (size_class_by_sales in ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR')),
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    search               tsvector generated always as (
        setweight(to_tsvector('indonesian', business_name), 'A')
        || setweight(to_tsvector('indonesian', coalesce(description, '')), 'C')) stored
);
create unique index umkm_nib_uk on umkm (nib) where nib is not null;
create index umkm_regency_idx on umkm (regency_code, id);
create index umkm_search_idx on umkm using gin (search);
create index umkm_created_idx on umkm (created_at desc, id desc);

create table umkm_kbli (
    umkm_id      bigint     not null references umkm (id) on delete cascade,
    kbli_version varchar(4) not null default '2020',
    kbli_code    varchar(5) not null,
    primary key (umkm_id, kbli_code),
    foreign key (kbli_version, kbli_code) references kbli (version, code)
);
-- text_pattern_ops serves the prefix lookups (class/group/division) of matching and directory filters.
create index umkm_kbli_code_idx on umkm_kbli (kbli_code text_pattern_ops, umkm_id);

create table product (
    id               bigserial    primary key,
    umkm_id          bigint       not null references umkm (id) on delete cascade,
    name             varchar(150) not null,
    description      varchar(2000),
    kbli_version     varchar(4)   not null default '2020',
    kbli_code        varchar(5)   not null,
    unit             varchar(10)  not null,
    unit_kind        varchar(10)  not null,
    monthly_capacity numeric(14, 2) not null check (monthly_capacity > 0),
    -- Capacity in the base unit of its kind (kg, litre, piece...) so needs in other units compare.
    capacity_base    numeric(18, 3) not null,
    minimum_order    numeric(14, 2) not null check (minimum_order >= 0),
    price_min        bigint       not null check (price_min >= 0),
    price_max        bigint       not null check (price_max >= price_min),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    search           tsvector generated always as (
        setweight(to_tsvector('indonesian', name), 'A')
        || setweight(to_tsvector('indonesian', coalesce(description, '')), 'B')) stored,
    foreign key (kbli_version, kbli_code) references kbli (version, code)
);
create index product_umkm_idx on product (umkm_id);
create index product_search_idx on product using gin (search);
create index product_kbli_idx on product (kbli_code text_pattern_ops, umkm_id);
