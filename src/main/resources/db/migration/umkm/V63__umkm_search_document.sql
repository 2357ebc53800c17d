-- Issue 11 (docs/directory.md, "Triggers"): the search vocabulary and the search document are kept by the modules
-- whose tables are written, no longer by directory's triggers on umkm and product.
--
-- search_word (every word used in UMKM and product names) is umkm's from now on: umkm's trigger collects the words
-- of business names, product collects its own through umkm's published umkm_search_words_add(), and directory and
-- the need concept builder read it through umkm's published view umkm_search_word (R__umkm_search.sql).
comment on table search_word is 'module: umkm';

-- The word splitter, now umkm's (the same body as directory's V10).
create or replace function search_words_of(txt text) returns setof varchar
    language sql immutable parallel safe
as $$
    select distinct w::varchar(60)
    from regexp_split_to_table(lower(coalesce(txt, '')), '[^[:alnum:]]+') as w
    where length(w) between 3 and 60 and w !~ '^[0-9]+$'
$$;

drop trigger umkm_search_word on umkm;
create function umkm_search_word_collect() returns trigger
    language plpgsql
as $$
begin
    insert into search_word (word) select search_words_of(new.business_name) on conflict do nothing;
    return null;
end
$$;
-- Same name and events as before (bench/generate.sql disables it by name during bulk loads).
create trigger umkm_search_word after insert or update of business_name on umkm
    for each row execute function umkm_search_word_collect();

-- umkm.doc (one search document per UMKM: its name and description, and its products' names and descriptions) stays
-- a column of umkm with its GIN and order indexes, so directory search and the ranking's concept count keep their
-- plans. The products' part is supplied by product (umkm_document_products, below) and kept here, so that a change
-- of the UMKM's own name or description rebuilds the document without reading product's tables: product depends on
-- umkm, never the other way round.
create table umkm_product_document (
    umkm_id bigint   primary key references umkm (id) on delete cascade,
    doc     tsvector not null
);

-- The UMKM's own part of its document (weights as in directory's V13: name A, description C).
create function umkm_own_document(p_business_name varchar, p_description varchar) returns tsvector
    language sql immutable parallel safe
as $$
    select setweight(to_tsvector('indonesian', p_business_name), 'A')
           || setweight(to_tsvector('indonesian', coalesce(p_description, '')), 'C')
$$;

-- Before the row is written, so a rename costs one write instead of the write plus directory's second update.
drop trigger umkm_document_self on umkm;
create function umkm_document_self() returns trigger
    language plpgsql
as $$
begin
    new.doc := umkm_own_document(new.business_name, new.description)
               || coalesce((select d.doc from umkm_product_document d where d.umkm_id = new.id), ''::tsvector);
    return new;
end
$$;
create trigger umkm_document_self before insert or update of business_name, description on umkm
    for each row execute function umkm_document_self();

-- First definition, so that product's V64 can fill umkm_product_document; the living, published definition is in
-- R__umkm_search.sql (repeatable migrations run after all versioned ones).
create function umkm_document_products(p_umkm bigint, p_products tsvector) returns void
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
