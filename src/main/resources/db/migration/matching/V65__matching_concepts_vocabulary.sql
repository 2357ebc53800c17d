-- Issue 11: search_word is umkm's now (V63); need's concept builder reads it through umkm's published view
-- umkm_search_word. The body is V14's with that one name changed (so behaviour and plans are the same).
create or replace function match_concepts(txt text) returns text[]
    language plpgsql stable
as $$
declare
    rest text := ' ' || lower(regexp_replace(coalesce(txt, ''), '[^[:alnum:]]+', ' ', 'g')) || ' ';
    concepts text[] := '{}';
    syn record;
    w text;
    alternatives text[];
    q text;
begin
    -- multi-word synonyms first, longest first, so "ubi kayu" is not split into "ubi" and "kayu"
    for syn in select s.group_id, s.phrase from search_synonym s
               where s.phrase like '% %' and rest like '% ' || s.phrase || ' %' order by length(s.phrase) desc loop
        if rest like '% ' || syn.phrase || ' %' then
            rest := replace(rest, ' ' || syn.phrase || ' ', ' ');
            select array_agg(s.phrase) into alternatives from search_synonym s where s.group_id = syn.group_id;
            q := match_phrase_query(alternatives);
            if q is not null then
                concepts := concepts || q;
            end if;
        end if;
    end loop;
    for w in select distinct t from regexp_split_to_table(trim(rest), ' +') as t
             where length(t) >= 3 and t !~ '^[0-9]+$' and t not in (select word from search_stop_word) loop
        select array_agg(distinct a) into alternatives from (
            select w as a
            union select s2.phrase from search_synonym s1 join search_synonym s2 using (group_id) where s1.phrase = w
            union (select sw.word from umkm_search_word sw
                   where length(w) >= 4 and sw.word % w and sw.word <> w and similarity(sw.word, w) >= 0.5
                   order by similarity(sw.word, w) desc, sw.word limit 3)) x;
        q := match_phrase_query(alternatives);
        if q is not null then
            concepts := concepts || q;
        end if;
    end loop;
    return concepts;
end
$$;
