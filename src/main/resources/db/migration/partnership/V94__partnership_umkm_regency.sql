-- Issue 12: the UMKM's regency copied onto its partnerships (kept by partnership.internal.UmkmRegencyCopy when an
-- UMKM moves; filled on insert by the trigger below), so that the officers' queue ("submitted partnerships of my province") and the reports' partnership
-- figures select by it with an index instead of joining 1.2 M UMKM rows (the report's cohort of a province's
-- proposals cost ~1 s that way at North Sumatra scale). Not regency_code: that is where the partnership takes place.
alter table partnership add column umkm_regency_code varchar(13) references region (code);

-- Existing partnerships. umkm_listing is the UMKM module's published view; on a new database it does not exist yet
-- (repeatable migrations run after versioned ones) and there are no partnerships to fill.
do $$
begin
    if exists (select 1 from partnership) then
        execute 'update partnership p set umkm_regency_code = u.regency_code from umkm_listing u where u.id = p.umkm_id';
    end if;
end
$$;
alter table partnership alter column umkm_regency_code set not null;

-- A new partnership takes its UMKM's regency here, whoever inserts it (the service, and the benchmark's and tests'
-- SQL alike); the entity only reads the column.
create function partnership_umkm_regency_fill() returns trigger
    language plpgsql
as $$
begin
    new.umkm_regency_code := (select u.regency_code from umkm_listing u where u.id = new.umkm_id);
    return new;
end
$$;
create trigger partnership_umkm_regency_fill before insert on partnership
    for each row execute function partnership_umkm_regency_fill();

create index partnership_submitted_umkm_regency_idx on partnership (umkm_regency_code varchar_pattern_ops, updated_at, id)
    where status = 'SUBMITTED';
create index partnership_proposed_umkm_regency_idx on partnership (umkm_regency_code, coalesce(first_proposed_at, created_at))
    where status <> 'DRAFT';
create index partnership_approved_umkm_regency_idx on partnership (umkm_regency_code, coalesce(first_approved_at, created_at))
    where status in ('APPROVED', 'ACTIVE', 'COMPLETED');
