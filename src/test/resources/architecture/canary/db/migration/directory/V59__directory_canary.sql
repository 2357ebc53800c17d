-- canary: a foreign key to umkm (fine), a trigger on product's table, a write to umkm's, an owner named elsewhere
create table directory_canary (
    umkm_id bigint references umkm (id)
);
create trigger canary_on_product after insert on product
    for each row execute function search_word_collect();
update umkm set doc = doc where false;
comment on table search_synonym is 'module: matching';
