-- Published by the offer module (issue 11, docs/sql-ownership.md): that an UMKM made an offer on a need, and when,
-- for the partnership module's decline cool-off and the reports' funnel. Never its terms (price, quantity, note).
-- A plain view of one table: PostgreSQL inlines it.
create or replace view offer_summary as
select id, need_id, umkm_id, created_at from offer;
