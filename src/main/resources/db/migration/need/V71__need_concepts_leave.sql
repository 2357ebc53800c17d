-- Issue 11: the search concepts of a need's title moved to matching's own table (V70, need_match); need no longer
-- carries matching's columns. The published view is recreated without them by R__need_published.sql.
drop view if exists need_summary;
alter table need drop column match_concepts, drop column match_all, drop column match_any;
