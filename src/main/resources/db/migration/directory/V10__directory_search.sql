-- Directory search: typo tolerance and filter indexes.
create extension if not exists pg_trgm;

-- Every distinct word used in UMKM names and product names/descriptions. A misspelt query word
-- ("kripik") is matched against this small table by trigram similarity and replaced by the words
-- people actually wrote ("keripik"), which then go through the full-text indexes. Searching trigrams
-- of millions of product names directly would be far slower.
create table search_word (
    word varchar(60) primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create function search_words_of(txt text) returns setof varchar
    language sql immutable parallel safe
as $$
    select distinct w::varchar(60)
    from regexp_split_to_table(lower(coalesce(txt, '')), '[^[:alnum:]]+') as w
    where length(w) between 3 and 60 and w !~ '^[0-9]+$'
$$;

create function search_word_collect() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'product' then
        insert into search_word (word)
        select search_words_of(new.name || ' ' || coalesce(new.description, ''))
        on conflict do nothing;
    else
        insert into search_word (word) select search_words_of(new.business_name) on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger product_search_word after insert or update of name, description on product
    for each row execute function search_word_collect();
create trigger umkm_search_word after insert or update of business_name on umkm
    for each row execute function search_word_collect();

insert into search_word (word)
select search_words_of(name || ' ' || coalesce(description, '')) from product
union
select search_words_of(business_name) from umkm
on conflict do nothing;

-- Filters and sorts of the directory.
create index umkm_size_class_idx on umkm (size_class, created_at desc, id desc);
create index region_parent_code_idx on region (parent_code, code);
-- Minimum-capacity filter: the largest capacity an UMKM offers in base units of a kind.
create index product_capacity_idx on product (unit_kind, capacity_base, umkm_id);
