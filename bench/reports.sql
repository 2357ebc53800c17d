-- Adds dated partnerships with their status history to a benchmark database (bench/generate.sql makes only a few
-- thousand undated ones): :partnership_count (default 60,000) spread over the current year, half approved, with a
-- PROPOSED event and, for decided ones, a decision 0-29 days later. Marked "BENCH ..." and added only once.
--   psql -d simitra_bench -v partnership_count=60000 -f bench/reports.sql   (bench/reports.sh does this)
\set ON_ERROR_STOP on
\if :{?partnership_count}
\else
\set partnership_count 60000
\endif
\timing on
select count(*) = 0 as missing from partnership where object like 'BENCH %' \gset
\if :missing
select setseed(0.7);
create temp table bench_need as select row_number() over (order by id) as rn, id, company_id, pattern, title from need;
create temp table bench_umkm as select row_number() over (order by id) as rn, id from umkm;
\echo '== partnerships over this year'
insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date, end_date,
                         no_control_declared, status, created_at, updated_at, regency_code)
select n.id, n.company_id, u.id, n.pattern, 'BENCH ' || n.title, 10000000 + (g * 7919 % 500) * 1000000,
       d.day + 30, d.day + 30 + 180 + (g % 365), true,
       (array['APPROVED', 'APPROVED', 'APPROVED', 'REJECTED', 'PROPOSED', 'ACCEPTED'])[1 + g % 6],
       d.day::timestamptz, d.day::timestamptz, (select x.regency_code from umkm x where x.id = u.id)
from generate_series(1, :partnership_count) g
join bench_need n on n.rn = 1 + (g * 7) % (select count(*) from bench_need)
join bench_umkm u on u.rn = 1 + (g::bigint * 104729) % (select count(*) from bench_umkm)
cross join lateral (select date_trunc('year', now())::date + (g % 300) as day) d;
\echo '== status history'
insert into partnership_event (partnership_id, from_status, to_status, actor_id, actor_role, occurred_at, kind)
select p.id, null, 'PROPOSED', c.owner_id, 'COMPANY', p.created_at, 'STATUS'
from partnership p join company c on c.id = p.company_id
where p.object like 'BENCH %';
insert into partnership_event (partnership_id, from_status, to_status, actor_id, actor_role, occurred_at, kind)
select p.id, 'ACCEPTED', p.status, c.owner_id, 'OFFICER', p.created_at + (p.id % 30) * interval '1 day' + interval '3 hours', 'STATUS'
from partnership p join company c on c.id = p.company_id
where p.object like 'BENCH %' and p.status in ('APPROVED', 'REJECTED');
vacuum analyze partnership;
vacuum analyze partnership_event;
\endif
select status, count(*) from partnership group by status order by status;
