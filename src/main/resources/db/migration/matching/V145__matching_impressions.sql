-- Fair exposure (issue 15): which UMKM a company saw in a need's ranking, per need and day. One row per
-- need, UMKM and day however often the page was reloaded (views counts the reloads), so an impression is
-- "shown for this need on this day" and reloading cannot inflate it. best_rank is the best place it had
-- that day (1..the ranking's limit); the top 10 are what the officers' fairness figure counts, the rest
-- make the UMKM eligible. without_partnership: the UMKM had never had a partnership when it was shown.
create table match_impression (
    need_id             bigint  not null references need (id) on delete cascade,
    umkm_id             bigint  not null references umkm (id) on delete cascade,
    day                 date    not null,
    best_rank           int     not null check (best_rank >= 1),
    views               int     not null default 1 check (views >= 1),
    without_partnership boolean not null,
    primary key (need_id, umkm_id, day)
);
create index match_impression_day_idx on match_impression (day, umkm_id);
