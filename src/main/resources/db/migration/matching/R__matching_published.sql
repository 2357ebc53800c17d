-- Published by the matching module (issue 16, docs/sql-ownership.md): which UMKM a company was shown in a need's
-- ranking, per need, UMKM and day, with its best place that day. The officers' funnel on /petugas/laporan counts
-- "ranked" from it (UMKM shown in a top 10). Never the views count or the fairness flag.
-- A plain view of one table: PostgreSQL inlines it.
create or replace view match_shown as
select need_id, umkm_id, day, best_rank from match_impression;
