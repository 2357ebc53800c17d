-- Named supplier shortlists a company keeps (exportable as CSV).
create table shortlist (
    id         bigserial    primary key,
    company_id bigint       not null references company (id) on delete cascade,
    name       varchar(100) not null,
    created_at timestamptz  not null default now()
);
create unique index shortlist_name_uk on shortlist (company_id, lower(name));

create table shortlist_entry (
    shortlist_id bigint        not null references shortlist (id) on delete cascade,
    umkm_id      bigint        not null references umkm (id) on delete cascade,
    note         varchar(500),
    added_at     timestamptz   not null default now(),
    primary key (shortlist_id, umkm_id)
);
