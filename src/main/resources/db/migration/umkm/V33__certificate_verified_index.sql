-- Required certificates, the directory's certificate filter and its counts now ask "which UMKM hold a
-- *verified* valid X" (R__certificate_standing.sql, certificate_counts). The same shape as
-- umkm_certificate_type_idx, restricted to verified rows, keeps those look-ups index-only instead of
-- visiting every submitted and verified row of the kind to read its status.
create index umkm_certificate_verified_idx on umkm_certificate (type_code, expires_on, umkm_id) where status = 'VERIFIED';
