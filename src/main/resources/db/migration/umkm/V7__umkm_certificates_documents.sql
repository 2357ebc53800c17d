-- Permits and certificates an UMKM holds, their documents, and officer verification.

-- Uploaded files (certificate scans, later agreements). Kept in the database so they are backed up
-- with it and survive restarts and re-deployments; at most 5 MB each (checked by the application).
create table stored_document (
    id           bigserial    primary key,
    umkm_id      bigint       references umkm (id) on delete cascade,
    content_type varchar(100) not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    file_name    varchar(255) not null,
    size_bytes   integer      not null check (size_bytes > 0 and size_bytes <= 5242880),
    sha256       char(64)     not null,
    data         bytea        not null,
    created_at   timestamptz  not null default now()
);
create index stored_document_umkm_idx on stored_document (umkm_id);

-- Kinds of permit/certificate. An administrator can add kinds; number_pattern (a regular expression
-- applied to the number after spaces are removed and letters upper-cased) may be null for kinds
-- without a published format.
create table certificate_type (
    code           varchar(20)  primary key check (code ~ '^[A-Z0-9_]{2,20}$'),
    name           varchar(120) not null,
    name_en        varchar(120) not null,
    number_pattern varchar(300),
    number_example varchar(60),
    default_issuer varchar(150),
    has_expiry     boolean      not null default true,
    food_related   boolean      not null default false,
    active         boolean      not null default true,
    sort_order     integer      not null default 100
);

insert into certificate_type (code, name, name_en, number_pattern, number_example, default_issuer, has_expiry, food_related, sort_order) values
    ('NIB',      'Nomor Induk Berusaha (NIB)', 'Business identification number (NIB)', '^[0-9]{13}$', '9120001234567', 'OSS (Kementerian Investasi/BKPM)', false, false, 10),
    ('NPWP',     'NPWP', 'Tax number (NPWP)', '^([0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]-[0-9]{3}\.[0-9]{3}|[0-9]{15}|[0-9]{16})$', '01.234.567.8-123.000', 'Direktorat Jenderal Pajak', false, false, 20),
    ('PIRT',     'Sertifikat P-IRT', 'Home-industry food permit (P-IRT)', '^[0-9]{15,20}$', '206127101002024', 'Dinas Kesehatan kabupaten/kota', true, true, 30),
    ('BPOM',     'Izin edar BPOM (MD/ML)', 'BPOM registration (MD/ML)', '^(MD|ML)[0-9]{12}$', 'MD 224512001234', 'Badan POM', true, true, 40),
    ('HALAL',    'Sertifikat halal', 'Halal certificate', '^ID[0-9A-Z]{6,30}$', 'ID12110000123450823', 'BPJPH', true, true, 50),
    ('SNI',      'Sertifikat SNI (SPPT-SNI)', 'SNI product certificate', null, null, 'Lembaga Sertifikasi Produk (BSN)', true, false, 60),
    ('ISO9001',  'ISO 9001', 'ISO 9001', null, null, null, true, false, 70),
    ('ISO22000', 'ISO 22000', 'ISO 22000', null, null, null, true, true, 80),
    ('HACCP',    'HACCP', 'HACCP', null, null, null, true, true, 90);

create table umkm_certificate (
    id            bigserial    primary key,
    umkm_id       bigint       not null references umkm (id) on delete cascade,
    type_code     varchar(20)  not null references certificate_type (code),
    number        varchar(60)  not null,
    issued_on     date         not null,
    -- Null only for kinds without expiry. A certificate counts up to and including this day.
    expires_on    date         check (expires_on is null or expires_on >= issued_on),
    issuer        varchar(150) not null,
    document_id   bigint       references stored_document (id),
    status        varchar(10)  not null default 'SUBMITTED' check (status in ('SUBMITTED', 'VERIFIED', 'REJECTED')),
    review_reason varchar(1000),
    reviewed_by   bigint       references account (id),
    reviewed_at   timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create index umkm_certificate_umkm_idx on umkm_certificate (umkm_id);
-- Filters and matching ask "which UMKM hold a valid X": by type, then expiry.
create index umkm_certificate_type_idx on umkm_certificate (type_code, expires_on, umkm_id) where status <> 'REJECTED';
create index umkm_certificate_queue_idx on umkm_certificate (status, created_at) where status = 'SUBMITTED';

-- Identity verification of the UMKM itself by a Diskop UKM officer.
alter table umkm add column verified_at timestamptz;
alter table umkm add column verified_by bigint references account (id);
create index umkm_verified_idx on umkm (verified_at) where verified_at is not null;
