-- canary: a view reading offer's table, a function reading umkm's table and calling matching's unpublished function
create or replace view reporting_canary as
select o.need_id, count(*) as offers from offer o group by o.need_id;

create or replace function reporting_canary_count(p_umkm bigint) returns bigint
    language sql stable
as $$
    select count(*) from umkm_certificate c, need n
    where c.umkm_id = p_umkm and cardinality(match_concepts(n.title)) > 0
$$;
