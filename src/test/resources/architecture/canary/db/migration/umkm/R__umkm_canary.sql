-- canary: umkm publishes a listing, and reads a view need publishes (need reads umkm's listing back: a loop)
create or replace view umkm_canary_listing as select id, business_name, regency_code from umkm;
create or replace view umkm_canary_needs as select n.id from need_canary_open n;
