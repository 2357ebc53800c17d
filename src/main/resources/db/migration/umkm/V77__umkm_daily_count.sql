-- Issue 12: how many UMKM were registered and verified, per regency, size class and day (WIB), kept by umkm's own
-- trigger, so that the officer dashboard and the home page add up at most a few hundred thousand small rows instead
-- of counting 1.2 M UMKM of a province on every view (2.1 s per dashboard view at North Sumatra scale). Published to
-- other modules as the view umkm_count_by_day (R__umkm_listing.sql).
--
-- registered: UMKM whose created_at falls on that day. verified: UMKM counted as verified from that day on, i.e. on
-- the later of the day it was registered and the day it was verified, which is exactly when "verified_at < end and
-- created_at < end" (the dashboard's definition) first holds. Days are WIB days, like the report periods
-- (ReportFilter).
create table umkm_daily_count (
    regency_code varchar(13) not null,
    size_class   varchar(10) not null,
    day          date        not null,
    registered   integer     not null default 0,
    verified     integer     not null default 0,
    primary key (regency_code, day, size_class)
);

create function umkm_day(t timestamptz) returns date
    language sql immutable parallel safe
as $$ select (t at time zone 'Asia/Jakarta')::date $$;

-- Adds one UMKM row's contribution (sign +1) or takes it away (-1).
create function umkm_daily_count_add(p_regency varchar, p_size varchar, p_created timestamptz,
                                     p_verified timestamptz, p_sign integer) returns void
    language plpgsql
as $$
begin
    insert into umkm_daily_count (regency_code, size_class, day, registered)
    values (p_regency, p_size, umkm_day(p_created), p_sign)
    on conflict (regency_code, day, size_class) do update set registered = umkm_daily_count.registered + p_sign;
    if p_verified is not null then
        insert into umkm_daily_count (regency_code, size_class, day, verified)
        values (p_regency, p_size, umkm_day(greatest(p_created, p_verified)), p_sign)
        on conflict (regency_code, day, size_class) do update set verified = umkm_daily_count.verified + p_sign;
    end if;
end
$$;

create function umkm_daily_count_keep() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform umkm_daily_count_add(old.regency_code, old.size_class, old.created_at, old.verified_at, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform umkm_daily_count_add(new.regency_code, new.size_class, new.created_at, new.verified_at, 1);
    end if;
    return null;
end
$$;

-- Rebuilt from the table in one statement: here, and after bulk loads that disable the trigger
-- (bench/generate.sql).
create function umkm_daily_count_rebuild() returns void
    language sql
as $$
    delete from umkm_daily_count;
    insert into umkm_daily_count (regency_code, size_class, day, registered, verified)
    select regency_code, size_class, day, sum(registered), sum(verified)
    from (select regency_code, size_class, umkm_day(created_at) as day, 1 as registered, 0 as verified from umkm
          union all
          select regency_code, size_class, umkm_day(greatest(created_at, verified_at)), 0, 1 from umkm
          where verified_at is not null) x
    group by regency_code, size_class, day;
$$;

-- Only the columns the counts depend on (a profile edit that changes neither costs nothing).
create trigger umkm_daily_count after insert or update of regency_code, size_class, created_at, verified_at or delete
    on umkm for each row execute function umkm_daily_count_keep();

select umkm_daily_count_rebuild();
