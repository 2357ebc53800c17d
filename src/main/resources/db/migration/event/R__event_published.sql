-- Published by the event module (issue 14, docs/sql-ownership.md): what other modules may read of business-matching
-- days in SQL.

-- Meetings that took place (HELD), with the day and where the event was: the officers' funnel on /petugas/laporan
-- counts the UMKM of an area that met a company at an event in the period ("met at an event", reporting).
-- A plain view of two tables joined on the primary key: PostgreSQL inlines it.
create or replace view event_meeting_held as
select m.id, m.event_id, m.need_id, m.company_id, m.umkm_id, e.event_date, e.province_code, e.regency_code
from event_meeting m
join event e on e.id = m.event_id
where m.status = 'HELD';
