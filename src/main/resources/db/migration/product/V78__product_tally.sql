-- Issue 12: the number of products, kept by product's own trigger, so that the home page does not count 3.2 M
-- products (at North Sumatra scale) every minute. Sixteen slots by UMKM id: two owners adding products at the same
-- moment almost always update different rows, so saving a product never waits on a single counter row. Published
-- as the view product_count (R__product_listing.sql).
create table product_tally (
    slot     smallint primary key,
    products bigint   not null default 0
);
insert into product_tally (slot) select generate_series(0, 15);

create function product_tally_keep() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        update product_tally set products = products + 1 where slot = new.umkm_id % 16;
    else
        update product_tally set products = products - 1 where slot = old.umkm_id % 16;
    end if;
    return null;
end
$$;

-- Rebuilt from the table in one statement: here, and after bulk loads that disable the trigger
-- (bench/generate.sql).
create function product_tally_rebuild() returns void
    language sql
as $$
    update product_tally t set products = coalesce(c.n, 0)
    from product_tally s left join (select umkm_id % 16 as slot, count(*) as n from product group by 1) c
         on c.slot = s.slot
    where t.slot = s.slot;
$$;

create trigger product_tally after insert or delete on product for each row execute function product_tally_keep();

select product_tally_rebuild();
