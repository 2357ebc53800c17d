-- Issue 11 (docs/directory.md, "Triggers"): umkm (V63) and product (V64) keep the search vocabulary and the search
-- document with their own triggers; directory's trigger functions are no longer used.
drop function search_word_collect();
drop function umkm_document_refresh();
drop function umkm_document(bigint);
