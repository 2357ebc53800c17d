-- Published by the partnership module (issue 11, docs/sql-ownership.md): what other modules may read of
-- partnerships in SQL. Plain views: PostgreSQL inlines them, so the reports' and the ranking's queries keep the
-- plans they had on the tables.

-- A partnership's contract and where it stands (reports, exports, the open-data feed). Not its agreement document,
-- accepted terms or the declaration of no control.
create or replace view partnership_summary as
select id, need_id, company_id, umkm_id, regency_code, pattern, object, estimated_value, start_date, end_date, status,
       created_at, updated_at,
       -- when it was proposed and approved (the first PROPOSED / APPROVED event, for older rows without events
       -- its creation), and its first decision after being proposed (null while waiting); V82
       coalesce(first_proposed_at, created_at) as proposed_at, coalesce(first_approved_at, created_at) as approved_at,
       first_proposed_at is not null as proposed_event, first_decided_at as decided_at,
       -- where its UMKM is (V94): the officers' reports select a province's partnerships by it
       umkm_regency_code,
       -- the business-matching meeting it was proposed from (issue 14, V106), for the event report
       event_meeting_id,
       -- the KBLI sections its UMKM is registered in (V113, kept when the UMKM's codes change): the officer report's
       -- approved partnerships per section
       umkm_kbli_sections
from partnership;

-- When a partnership reached a status (its audit trail without actors, reasons and summaries): the reports date
-- proposals, approvals and decisions by these.
create or replace view partnership_status_change as
select partnership_id, from_status, to_status, occurred_at from partnership_event;

-- The one track record of an UMKM: partnerships completed and running (approved or active), the average of the
-- ratings companies gave it (never the UMKM's ratings of companies; null while it has none) and how many there
-- are, and whether it was ever in an approved partnership ("never partnered" for the ranking's fair exposure).
-- The ranking (match_factors) and PartnershipService.trackRecord read it. An UMKM without partnerships has no
-- row. A filter on umkm_id is pushed below the grouping, so a lookup for a few UMKM reads only their rows.
create or replace view partnership_track_record as
select pa.umkm_id,
       count(*) filter (where pa.status = 'COMPLETED') as completed,
       count(*) filter (where pa.status in ('APPROVED', 'ACTIVE')) as running,
       count(r.id) as ratings,
       avg(r.score) as rating,
       count(*) filter (where pa.status in ('APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED')) > 0 as any_partnership
from partnership pa
left join partnership_rating r on r.partnership_id = pa.id and r.rater_side = 'COMPANY'
group by pa.umkm_id;

-- How contracts are followed (issue 16, V126), for the officers' report and the open-data feed: each delivery's
-- date and value, and each payment's amount, due date and paid date. Never notes, documents or who recorded them.
-- A payment is late while unpaid after its due date (partnership.ContractService.isLate, the one rule).
create or replace view partnership_delivery_summary as
select id, partnership_id, delivered_on, period_end, value from partnership_delivery;

create or replace view partnership_payment_summary as
select id, partnership_id, amount, due_date, paid_on from partnership_payment;

-- Ratings companies gave an UMKM after completed partnerships (issue 16), for the UMKM's public storefront: the
-- score, the rating company, when, and the comment only when the rater allowed it to be public (V127). The
-- average and count are partnership_track_record's (the one definition).
create or replace view partnership_public_review as
select r.id, pa.umkm_id, pa.company_id, r.score, case when r.comment_public then r.comment end as comment,
       r.created_at
from partnership_rating r
join partnership pa on pa.id = r.partnership_id
where r.rater_side = 'COMPANY';
