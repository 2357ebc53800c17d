-- A Diskop UKM officer recommends an UMKM that is ready to supply a need; the company sees it with the note.
create table need_recommendation (
    id         bigserial     primary key,
    need_id    bigint        not null references need (id),
    umkm_id    bigint        not null references umkm (id) on delete cascade,
    officer_id bigint        not null references account (id),
    note       varchar(1000) not null,
    created_at timestamptz   not null default now(),
    unique (need_id, umkm_id)
);
create index need_recommendation_umkm_idx on need_recommendation (umkm_id);
