-- Issue 12: V82's two report indexes, now covering: the reports read the partnership's UMKM, status, dates and
-- milestones from the index alone (index-only scan), not from 65 k wide partnership rows of a province's year
-- (measured at North Sumatra scale: the proposals of a year 60 ms -> 10 ms before the UMKM look-ups).
drop index partnership_approved_idx;
drop index partnership_proposed_idx;
create index partnership_approved_idx on partnership (coalesce(first_approved_at, created_at))
    include (umkm_id, status, end_date, pattern, estimated_value)
    where status in ('APPROVED', 'ACTIVE', 'COMPLETED');
create index partnership_proposed_idx on partnership (coalesce(first_proposed_at, created_at))
    include (umkm_id, status, created_at, first_proposed_at, first_decided_at)
    where status <> 'DRAFT';
