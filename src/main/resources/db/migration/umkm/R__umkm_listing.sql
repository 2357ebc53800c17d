-- What umkm publishes for other modules' SQL (issue 11, docs/sql-ownership.md): the directory, the storefront, the
-- matching pool and match_factors(), shortlists, offers, partnerships and reports read these views, never the
-- tables. Each is a plain projection of one table (no joins, no aggregates), so PostgreSQL inlines it into the
-- calling query: the plans, the index scans (doc GIN, regency, KBLI prefix) and the speed stay those of the table.
-- Only the columns readers need are exposed: the owner's contact data, address, capital and sales figures,
-- version and audit columns stay private to umkm.

-- The public profile of an UMKM: its name, registration, where it is, its size class, whether an officer
-- verified it, and its two search documents (search: own name and description; doc: also its products, kept by
-- umkm's triggers, docs/directory.md).
create or replace view umkm_listing as
select u.id, u.business_name, u.nib, u.regency_code, u.size_class, u.size_class_by_sales, u.verified_at,
       u.created_at, u.search, u.doc
from umkm u;

-- The business activities (KBLI codes) an UMKM registered, with umkm's copy of its regency (for look-ups of
-- candidates by KBLI code near a need).
create or replace view umkm_activity as
select k.umkm_id, k.kbli_version, k.kbli_code, k.regency_code
from umkm_kbli k;

-- The kinds of certificate and their labels, in display order.
create or replace view umkm_certificate_kind as
select t.code, t.name, t.name_en, t.sort_order
from certificate_type t;

-- UMKM registered and verified per regency, size class and WIB day (V77; see the definitions there): the officer
-- dashboard and the home page add these up instead of counting the UMKM themselves.
create or replace view umkm_count_by_day as
select c.regency_code, c.size_class, c.day, c.registered, c.verified
from umkm_daily_count c;
