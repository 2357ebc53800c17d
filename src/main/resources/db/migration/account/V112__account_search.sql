-- Administrators search accounts by part of the e-mail or name (/admin/akun, issue 16):
-- lower(...) like '%text%' uses these trigram indexes instead of reading every account.
-- pg_trgm is created by the directory's V10.
create extension if not exists pg_trgm;
create index account_email_trgm_idx on account using gin (lower(email) gin_trgm_ops);
create index account_display_name_trgm_idx on account using gin (lower(display_name) gin_trgm_ops);
