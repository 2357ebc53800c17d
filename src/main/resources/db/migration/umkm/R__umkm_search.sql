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
-- new part, umkm keeps it and rebuilds umkm.doc (its own part first). Nothing is written when the document is
-- unchanged. A deleted UMKM (products removed by the cascade) is left alone.
create or replace function umkm_document_products(p_umkm bigint, p_products tsvector) returns void
    language plpgsql
as $$
declare
    products tsvector := coalesce(p_products, ''::tsvector);
begin
    update umkm u set doc = umkm_own_document(u.business_name, u.description) || products
    where u.id = p_umkm and u.doc is distinct from umkm_own_document(u.business_name, u.description) || products;
    if exists (select 1 from umkm where id = p_umkm) then
        insert into umkm_product_document (umkm_id, doc) values (p_umkm, products)
        on conflict (umkm_id) do update set doc = excluded.doc;
    end if;
end
$$;
