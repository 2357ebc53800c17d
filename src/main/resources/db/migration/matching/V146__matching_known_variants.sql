-- Issue 15: spelling variants of a need's words were any catalogue word with trigram similarity >= 0.5, which pulled
-- in look-alikes that are different things (tambang -> tambak, kantor -> kantong, sawit -> sawi, mata -> matang).
-- A word now widens only to known variants: its synonym group (search_synonym), and catalogue words one edit away
-- (Levenshtein distance 1) when the word has at least 6 letters, where one letter is a typo or a regional spelling,
-- not another word (kripik/keripik are synonyms already). The trigram operator stays only as the index's pre-filter.
-- A synonym group is one concept however many of its phrases the title uses ("singkong / ubi kayu" is one thing).
-- The function is versioned (as V65's was), so that it is in place before the stored concepts are dropped below.
create extension if not exists fuzzystrmatch;

create or replace function match_concepts(txt text) returns text[]
    language plpgsql stable
as $$
declare
    rest text := ' ' || lower(regexp_replace(coalesce(txt, ''), '[^[:alnum:]]+', ' ', 'g')) || ' ';
    concepts text[] := '{}';
    groups int[] := '{}';
    syn record;
    w text;
    g int;
    alternatives text[];
    q text;
begin
    -- multi-word synonyms first, longest first, so "ubi kayu" is not split into "ubi" and "kayu"
    for syn in select s.group_id, s.phrase from search_synonym s
               where s.phrase like '% %' and rest like '% ' || s.phrase || ' %' order by length(s.phrase) desc loop
        if rest like '% ' || syn.phrase || ' %' then
            rest := replace(rest, ' ' || syn.phrase || ' ', ' ');
            if syn.group_id = any(groups) then
                continue;
            end if;
            groups := groups || syn.group_id;
            select array_agg(s.phrase) into alternatives from search_synonym s where s.group_id = syn.group_id;
            q := match_phrase_query(alternatives);
            if q is not null then
                concepts := concepts || q;
            end if;
        end if;
    end loop;
    for w in select distinct t from regexp_split_to_table(trim(rest), ' +') as t
             where length(t) >= 3 and t !~ '^[0-9]+$' and t not in (select word from search_stop_word) loop
        select min(s.group_id) into g from search_synonym s where s.phrase = w;
        if g is not null and g = any(groups) then
            continue;
        end if;
        if g is not null then
            groups := groups || g;
        end if;
        select array_agg(distinct a) into alternatives from (
            select w as a
            union select s2.phrase from search_synonym s2 where s2.group_id = g
            union (select sw.word from umkm_search_word sw
                   where length(w) >= 6 and sw.word % w and sw.word <> w and levenshtein(sw.word, w) = 1
                   order by sw.word limit 3)) x;
        q := match_phrase_query(alternatives);
        if q is not null then
            concepts := concepts || q;
        end if;
    end loop;
    return concepts;
end
$$;

-- Every need's concepts again, with the rule above: matching's own rows go, and NeedConcepts rebuilds every need
-- without concepts when the portal starts (through need's published need_summary, which the repeatable migrations
-- create after this one on a new database).
delete from need_match;
