-- Issue 12: the KBLI sections of the partnership's UMKM copied onto the partnership, like its regency (V94), so that the
-- officer report's "approved partnerships per KBLI section" counts the sections of the approved partnerships it has
-- already selected from an index instead of joining each of them to the UMKM's registered activities (~1.1 s for a
-- province's year at North Sumatra scale). Kept by partnership.internal.UmkmSectionsCopy when an UMKM's KBLI codes change
-- (umkm's UmkmActivitiesChanged); filled on insert by the trigger below. The distinct sections, sorted: an UMKM with two
-- codes of one section counts once in it, as the report's count(distinct partnership) did.
alter table partnership add column umkm_kbli_sections char(1)[] not null default '{}';

-- The sections of one UMKM's registered activities (umkm's published umkm_activity, reference kbli): the only
-- definition, used by the trigger, the backfill and the listener. PL/pgSQL because its body is checked only when it
-- runs: umkm_activity is a repeatable migration's view, made after the versioned ones on a new database.
create function partnership_umkm_kbli_sections(p_umkm bigint) returns char(1)[]
    language plpgsql stable
as $$
begin
    return (select coalesce(array_agg(distinct k.section order by k.section), '{}')
            from umkm_activity a
            join kbli k on k.version = a.kbli_version and k.code = a.kbli_code
            where a.umkm_id = p_umkm);
end
$$;

-- Existing partnerships (umkm_activity is a repeatable view: on a new database it does not exist yet, and there are no
-- partnerships; the function body is only resolved when it runs).
do $$
begin
    if exists (select 1 from partnership) then
        execute 'update partnership p set umkm_kbli_sections = partnership_umkm_kbli_sections(p.umkm_id)';
    end if;
end
$$;

-- V94's insert trigger now fills both copies of the UMKM.
create or replace function partnership_umkm_regency_fill() returns trigger
    language plpgsql
as $$
begin
    new.umkm_regency_code := (select u.regency_code from umkm_listing u where u.id = new.umkm_id);
    new.umkm_kbli_sections := partnership_umkm_kbli_sections(new.umkm_id);
    return new;
end
$$;

-- V94's two report selections by the UMKM's regency, now covering (index-only scans): the approved partnerships in
-- force with what the report counts of them (pattern, value, UMKM, sections), and the year's proposals with their
-- status and milestones. Without the covered columns each of a province's 31 k / 65 k rows was read from the table.
drop index partnership_proposed_umkm_regency_idx;
drop index partnership_approved_umkm_regency_idx;
create index partnership_proposed_umkm_regency_idx
    on partnership (umkm_regency_code, coalesce(first_proposed_at, created_at))
    include (id, status, created_at, first_proposed_at, first_decided_at)
    where status <> 'DRAFT';
create index partnership_approved_umkm_regency_idx
    on partnership (umkm_regency_code, coalesce(first_approved_at, created_at))
    include (umkm_id, status, end_date, pattern, estimated_value, umkm_kbli_sections, created_at, first_approved_at)
    where status in ('APPROVED', 'ACTIVE', 'COMPLETED');
