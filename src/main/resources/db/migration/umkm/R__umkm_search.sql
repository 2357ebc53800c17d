-- umkm publishes the search vocabulary and keeps the search document (docs/directory.md, "Triggers"). V63 has the
-- tables and umkm's own triggers; these are what other modules use.

-- Every distinct word used in UMKM and product names and descriptions (trigram index: a misspelt query word is
-- matched against this small table). Read by the directory's typo-tolerant search and need's concept builder.
create or replace view umkm_search_word as
select w.word from search_word w;

-- Adds the words of a text to the vocabulary (product calls it for its names and descriptions).
create or replace function umkm_search_words_add(p_text text) returns void
    language sql
as $$
    insert into search_word (word) select search_words_of(p_text) on conflict do nothing
$$;

-- The products' part of an UMKM's search document changed: product calls this (its trigger, bulk loads) with the
-- new part, umkm keeps it and rebuilds umkm.doc (its own part first, the filter lexemes of V79 last). Nothing is
-- written when the document is unchanged. A deleted UMKM (products removed by the cascade) is left alone.
create or replace function umkm_document_products(p_umkm bigint, p_products tsvector) returns void
    language plpgsql
as $$
declare
    products tsvector := coalesce(p_products, ''::tsvector);
begin
    -- the row first, so that the filter lexemes are read after a concurrent change of the UMKM's codes or
    -- certificates has committed (umkm_document_refresh, V79)
    perform 1 from umkm where id = p_umkm for update;
    update umkm u
    set doc = umkm_own_document(u.business_name, u.description) || products
              || umkm_filters_of(u.id, u.regency_code, u.size_class, u.verified_at is not null)
    where u.id = p_umkm
      and u.doc is distinct from umkm_own_document(u.business_name, u.description) || products
                                 || umkm_filters_of(u.id, u.regency_code, u.size_class, u.verified_at is not null);
    if exists (select 1 from umkm where id = p_umkm) then
        insert into umkm_product_document (umkm_id, doc) values (p_umkm, products)
        on conflict (umkm_id) do update set doc = excluded.doc;
    end if;
end
$$;

-- How common each filter value of the search document is (the '~ ' lexemes of V79: share of UMKM holding it), from
-- the planner's statistics of umkm.doc; values not listed are rarer than the least common one listed. The directory
-- checks a value most UMKM hold on each candidate row instead of reading its long list in the document index.
create or replace function umkm_filter_frequency() returns table (lexeme text, frequency real)
    language sql stable
as $$
    select e.lexeme, e.frequency
    from pg_stats s
    cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(lexeme, frequency)
    where s.schemaname = current_schema() and s.tablename = 'umkm' and s.attname = 'doc' and e.lexeme like '~ %'
$$;
