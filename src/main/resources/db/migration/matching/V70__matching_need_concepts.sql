-- Issue 11: the search concepts of a need's title (V14) are the ranking's own index, built with matching's
-- vocabulary (search_synonym, search_stop_word) and the words products use (search_word). V14 kept them in
-- columns of need, filled by a trigger of matching's on need's table. Now matching keeps them in its own table,
-- filled in the same transaction as the need when the need module announces a new or changed need (NeedChanged,
-- docs/matching.md), so the ranking reads exactly what it read before. Needs stored before this migration, or
-- written by SQL, get theirs when the application starts (NeedConcepts).
create table need_match (
    need_id        bigint primary key references need (id) on delete cascade,
    -- each concept a tsquery (as text): the word, its spellings in product texts, its synonyms
    match_concepts text[] not null default '{}',
    -- the concepts combined once: all of them (a product that is exactly this) and any of them
    match_all      tsquery,
    match_any      tsquery
);

-- The concepts of one need's title, stored (again) for that need.
create function need_match_refresh(p_need bigint, p_title text) returns void
    language plpgsql
as $$
declare
    concepts text[] := match_concepts(p_title);
begin
    insert into need_match (need_id, match_concepts, match_all, match_any)
    values (p_need, concepts,
            (select string_agg('(' || c || ')', ' & ')::tsquery from unnest(concepts) c),
            (select string_agg('(' || c || ')', ' | ')::tsquery from unnest(concepts) c))
    on conflict (need_id) do update
        set match_concepts = excluded.match_concepts, match_all = excluded.match_all, match_any = excluded.match_any;
end
$$;

drop trigger need_concepts on need;
drop function need_concepts_fill();
