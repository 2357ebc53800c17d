-- The officers' funnel (issue 16, reporting's "ranked" stage) asks which UMKM were shown in a top 10 on the days of a
-- period. A partial index holding only top-10 rows, keyed by day, answers it with an index-only scan instead of
-- reading every impression of the period (the table grows by need × UMKM × day).
create index match_impression_top10_day_idx on match_impression (day, umkm_id) where best_rank <= 10;
