-- Issue 11: the product module owns the product table, although umkm's first migration (V4) created it next to
-- the UMKM profile. The comment makes the owner visible in psql (\dt+) and is what SqlOwnershipTest reads.
comment on table product is 'module: product';
comment on table product_photo is 'module: product';
