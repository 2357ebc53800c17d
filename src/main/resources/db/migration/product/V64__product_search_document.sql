-- Issue 11 (docs/directory.md, "Triggers"): product keeps its part of the search vocabulary and of each UMKM's
-- search document with its own triggers and functions, handing the result to umkm's published functions
-- (umkm_search_words_add, umkm_document_products) instead of directory's triggers writing umkm's tables.
drop trigger product_search_word on product;
drop trigger umkm_document_products on product;

-- The products' part of an UMKM's search document (weights as in directory's V13: names A, descriptions B).
create function product_document(p_umkm bigint) returns tsvector
    language sql stable
as $$
    select coalesce(setweight(to_tsvector('indonesian', string_agg(p.name, ' ')), 'A')
                    || setweight(to_tsvector('indonesian', string_agg(coalesce(p.description, ''), ' ')), 'B'),
                    ''::tsvector)
    from product p where p.umkm_id = p_umkm
$$;

create function product_search_word_collect() returns trigger
    language plpgsql
as $$
begin
    perform umkm_search_words_add(new.name || ' ' || coalesce(new.description, ''));
    return null;
end
$$;

create function product_document_refresh() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' then
        perform umkm_document_products(old.umkm_id, product_document(old.umkm_id));
    else
        perform umkm_document_products(new.umkm_id, product_document(new.umkm_id));
    end if;
    return null;
end
$$;

-- The same names and events as directory's triggers had (bench/generate.sql disables them by name for bulk loads).
create trigger product_search_word after insert or update of name, description on product
    for each row execute function product_search_word_collect();
create trigger product_document after insert or update of name, description or delete on product
    for each row execute function product_document_refresh();

-- umkm keeps the products' part from now on; hand it over once for the UMKM that have products (umkm.doc is
-- already complete and is not rewritten where it is unchanged).
select umkm_document_products(p.umkm_id, product_document(p.umkm_id)) from (select distinct umkm_id from product) p;
