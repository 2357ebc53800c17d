-- Issue 16 §2: the officers' decisions on an UMKM's identity and on its certificates, each with the officer's note,
-- in an append-only trail shown on the identity verification page (/petugas/umkm/{id}). IDENTITY_VERIFIED: the
-- identity was verified; IDENTITY_NOTE: looked at, not verified yet, with what is missing; CERTIFICATE_VERIFIED and
-- CERTIFICATE_REJECTED: a certificate decision (certificate_id set).
create table umkm_review_event (
    id             bigint generated always as identity primary key,
    umkm_id        bigint       not null references umkm (id) on delete cascade,
    certificate_id bigint,
    kind           varchar(24)  not null check (kind in ('IDENTITY_VERIFIED', 'IDENTITY_NOTE', 'CERTIFICATE_VERIFIED',
                                                         'CERTIFICATE_REJECTED')),
    note           varchar(1000),
    actor_id       bigint       not null,
    occurred_at    timestamptz  not null default now(),
    check ((certificate_id is null) = (kind like 'IDENTITY%'))
);
create index umkm_review_event_umkm_idx on umkm_review_event (umkm_id, occurred_at desc, id desc);

-- Only inserted (an UMKM deleted with its account takes its trail along: the cascade above).
create function umkm_review_event_append_only() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' and not exists (select 1 from umkm where id = old.umkm_id) then
        return old;
    end if;
    raise exception 'umkm_review_event is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end
$$;
create trigger umkm_review_event_no_change before update or delete on umkm_review_event
    for each row execute function umkm_review_event_append_only();

-- The identity queue searched by name within a province: the registration order within a regency prefix.
create index umkm_identity_queue_idx on umkm (regency_code varchar_pattern_ops, created_at, id) where verified_at is null;
