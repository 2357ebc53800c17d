-- Issue 12 (docs/directory.md, "Filter lexemes"): umkm's search document umkm.doc also carries the UMKM's directory
-- filter values as lexemes that text can never produce: each starts with '~' and a space, and the text search parser
-- never puts a space into a token (it does make tokens that start with '~': "~k10761" in a business name is a "file"
-- token, so a business named so must not look like holding KBLI 10761):
--   '~ r<regency code>'   '~ p<province code>'   '~ z<size class>'   '~ v' (verified)
--   '~ k<KBLI prefix>' for every prefix of 2 to 5 digits of each registered KBLI code ('~ k10' ... '~ k10761')
--   '~ s<KBLI section>' of each registered code (KBLI 2020 subclass)
--   '~ c<certificate kind>' for each kind with a VERIFIED certificate, whatever its expiry (the directory still checks
--      "valid today" per candidate; the lexeme narrows the candidates)
--   '~ b<n>': one of 256 buckets, (id / 64) mod 256, and '~ B<n>': one of 16 larger ones, (id / 1024) mod 16, so that a
--      count can look at a known share of the UMKM first (the directory's sample before the 1,001 cap). Runs of
--      consecutive ids rather than single ids keep a bucket's rows on few pages and let the index skip the long
--      lists of common words and values between runs.
-- So one GIN bitmap of umkm_doc_idx answers words and filters together, instead of hashing every UMKM of a KBLI class
-- or every holder of a certificate kind in the province before the 1,001 cap; and the statistics of umkm.doc say how
-- common each value is (published as umkm_filter_frequency(), R__umkm_search.sql). The lexemes have no positions and
-- start with '~': ts_rank of the directory and matching's concept counts never see them (their queries are made of
-- words), and the words' positions are unchanged (the filter part is appended last).
--
-- Kept by umkm's own triggers: on umkm (regency, size class, verification, as well as name and description), on
-- umkm_kbli and on umkm_certificate; product's hand-over (umkm_document_products, R__umkm_search.sql) keeps them too.

-- The filter lexemes of one UMKM from its values; the only definition (the triggers and the bulk rebuild both call
-- it). KBLI sections and province codes come from the reference data.
create function umkm_filter_document(p_umkm bigint, p_regency varchar, p_size varchar, p_verified boolean,
                                     p_kbli varchar[], p_certificates varchar[]) returns tsvector
    language sql stable parallel safe
as $$
    select array_to_tsvector(array(
        select '~ b' || ((p_umkm / 64) % 256)
        union all select '~ B' || ((p_umkm / 1024) % 16)
        union all select '~ r' || p_regency
        union all select '~ p' || r.parent_code from region r where r.code = p_regency and r.parent_code is not null
        union all select '~ z' || p_size
        union all select '~ v' where p_verified
        union all select '~ k' || left(k.code, n.n)
                  from unnest(p_kbli) k(code) cross join generate_series(2, length(k.code)) n(n)
        union all select '~ s' || c.section from kbli c
                  where c.version = '2020' and c.level = 'subclass' and c.code = any (p_kbli)
        union all select '~ c' || t.code from unnest(p_certificates) t(code)))
$$;

-- The filter lexemes of one UMKM, reading its KBLI codes and verified certificates.
create function umkm_filters_of(p_umkm bigint, p_regency varchar, p_size varchar, p_verified boolean)
    returns tsvector
    language sql stable
as $$
    select umkm_filter_document(p_umkm, p_regency, p_size, p_verified,
                                array(select k.kbli_code from umkm_kbli k where k.umkm_id = p_umkm),
                                array(select c.type_code from umkm_certificate c
                                      where c.umkm_id = p_umkm and c.status = 'VERIFIED'))
$$;

-- The whole document of one UMKM row: own part, the products' part umkm keeps, the filter lexemes.
create function umkm_document_of(p_umkm bigint, p_business_name varchar, p_description varchar, p_regency varchar,
                                 p_size varchar, p_verified boolean) returns tsvector
    language sql stable
as $$
    select umkm_own_document(p_business_name, p_description)
           || coalesce((select d.doc from umkm_product_document d where d.umkm_id = p_umkm), ''::tsvector)
           || umkm_filters_of(p_umkm, p_regency, p_size, p_verified)
$$;

-- umkm's BEFORE trigger (V63) now also follows the filter columns.
drop trigger umkm_document_self on umkm;
create or replace function umkm_document_self() returns trigger
    language plpgsql
as $$
begin
    new.doc := umkm_document_of(new.id, new.business_name, new.description, new.regency_code, new.size_class,
                                new.verified_at is not null);
    return new;
end
$$;
-- Same name as before (bench/generate.sql disables it by name during bulk loads).
create trigger umkm_document_self
    before insert or update of business_name, description, regency_code, size_class, verified_at on umkm
    for each row execute function umkm_document_self();

-- Rewrites the document of one UMKM when its KBLI codes or certificates changed (nothing when it is unchanged, or
-- when the UMKM itself is being deleted). The row is locked first, so that the update reads the codes and
-- certificates as of after a concurrent change of the same UMKM has committed (READ COMMITTED: each statement here
-- takes a new snapshot), instead of writing a document that misses it.
create function umkm_document_refresh(p_umkm bigint) returns void
    language plpgsql
as $$
begin
    perform 1 from umkm where id = p_umkm for update;
    update umkm u
    set doc = umkm_document_of(u.id, u.business_name, u.description, u.regency_code, u.size_class,
                               u.verified_at is not null)
    where u.id = p_umkm
      and u.doc is distinct from umkm_document_of(u.id, u.business_name, u.description, u.regency_code,
                                                  u.size_class, u.verified_at is not null);
end
$$;

create function umkm_document_filters_keep() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform umkm_document_refresh(new.umkm_id);
    elsif tg_op = 'DELETE' then
        perform umkm_document_refresh(old.umkm_id);
    else
        perform umkm_document_refresh(old.umkm_id);
        if new.umkm_id <> old.umkm_id then
            perform umkm_document_refresh(new.umkm_id);
        end if;
    end if;
    return null;
end
$$;

-- Only the columns the lexemes depend on (umkm_kbli.regency_code, kept by umkm_regency_moves, is not one of them;
-- the regency lexemes follow umkm.regency_code through umkm_document_self).
create trigger umkm_kbli_document after insert or update of umkm_id, kbli_code or delete on umkm_kbli
    for each row execute function umkm_document_filters_keep();
create trigger umkm_certificate_document after insert or update of umkm_id, type_code, status or delete
    on umkm_certificate
    for each row execute function umkm_document_filters_keep();

-- Every document rebuilt in one statement: here, and after bulk loads that disable the triggers
-- (bench/generate.sql). The same functions as the triggers, fed with arrays aggregated per UMKM.
create function umkm_document_rebuild() returns void
    language sql
as $$
    update umkm u
    set doc = umkm_own_document(u.business_name, u.description) || coalesce(x.products, ''::tsvector)
              || umkm_filter_document(u.id, u.regency_code, u.size_class, u.verified_at is not null,
                                      coalesce(x.kbli, '{}'), coalesce(x.certificates, '{}'))
    from (select v.id, d.doc as products, k.kbli, c.certificates
          from umkm v
          left join umkm_product_document d on d.umkm_id = v.id
          left join (select umkm_id, array_agg(kbli_code) as kbli from umkm_kbli group by umkm_id) k
              on k.umkm_id = v.id
          left join (select umkm_id, array_agg(type_code) as certificates from umkm_certificate
                     where status = 'VERIFIED' group by umkm_id) c on c.umkm_id = v.id) x
    where x.id = u.id;
$$;

-- Rewriting every row: the document index is rebuilt once instead of taking 1.2 M updates one by one.
drop index umkm_doc_idx;
select umkm_document_rebuild();
create index umkm_doc_idx on umkm using gin (doc);

-- The directory's nearest-first walk: one regency's UMKM in its "best match" order (verified first, then newest),
-- so a page of a regency is found without walking the whole province's order.
create index umkm_regency_quality_idx on umkm (regency_code, (verified_at is not null) desc, created_at desc, id desc);

-- "Does this candidate hold a verified X valid today" (the directory's certificate filter, after the lexeme):
-- answered from the index alone.
create index umkm_certificate_valid_idx on umkm_certificate (umkm_id, type_code, expires_on) where status = 'VERIFIED';
