-- What product publishes for other modules' SQL (issue 11, docs/sql-ownership.md): the directory, the storefront,
-- the matching pool and match_factors(), shortlists read these views, never the tables. Plain projections of one
-- table each, so PostgreSQL inlines them and the indexes of product (umkm_id, capacity, KBLI prefix, search) serve
-- the calling query as before. Prices, units, minimum orders and photo bytes stay private to product.

-- What an UMKM offers: name, activity, capacity in the base unit of its kind, and the product's search document.
create or replace view product_listing as
select p.id, p.umkm_id, p.name, p.kbli_code, p.unit_kind, p.capacity_base, p.search
from product p;

-- Which photos a product has, in their order (the bytes are served by product's own controller).
create or replace view product_photo_listing as
select ph.id, ph.product_id, ph.position
from product_photo ph;

-- The number of products (V78: kept by product's trigger in sixteen slots; the sum is the count).
create or replace view product_count as
select coalesce(sum(t.products), 0)::bigint as products
from product_tally t;
