-- Issue 12 (docs/directory.md, "Filter lexemes"): umkm's search document also says until when each verified
-- certificate counts, so that the directory's certificate filter ("holds a HALAL certificate valid today") is answered
-- by the document index alone instead of a look-up into umkm_certificate for every candidate (which also made every
-- candidate's row be read).
--   '~ e<certificate kind>:<YYYYMMDD>' for each VERIFIED certificate: its expires_on, fixed width, so that text order
--      is date order; '99999999' for a kind without expiry (and for dates past 9999-12-31), '00000000' before 1000-01-01.
-- "Valid on day d" (certificate_counts: verified and expires_on null or >= d) is then "holds one of the lexemes
-- '~ e<kind>:<s>' with s >= d as text", which the directory writes as a few prefix terms ('~ eHALAL:2027':* ...; at most
-- 73): the answer on any day is the same as certificate_counts' without rewriting any document when days pass.
-- V79's '~ c<kind>' ("holds a verified one, whatever its expiry") stays.

-- The lexeme's value part of one certificate: the only definition.
create function umkm_certificate_until(p_type varchar, p_expires_on date) returns varchar
    language sql immutable parallel safe
as $$
    select p_type || ':' || case when p_expires_on is null or p_expires_on > date '9999-12-31' then '99999999'
                                 when p_expires_on < date '1000-01-01' then '00000000'
                                 else to_char(p_expires_on, 'YYYYMMDD') end
$$;

-- V79's filter lexemes with p_until (umkm_certificate_until of each verified certificate) added; the 6-argument form
-- is dropped below, after its callers have been rewritten.
create function umkm_filter_document(p_umkm bigint, p_regency varchar, p_size varchar, p_verified boolean,
                                     p_kbli varchar[], p_certificates varchar[], p_until varchar[]) returns tsvector
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
        union all select '~ c' || t.code from unnest(p_certificates) t(code)
        union all select '~ e' || t.until from unnest(p_until) t(until)))
$$;

create or replace function umkm_filters_of(p_umkm bigint, p_regency varchar, p_size varchar, p_verified boolean)
    returns tsvector
    language sql stable
as $$
    select umkm_filter_document(p_umkm, p_regency, p_size, p_verified,
                                array(select k.kbli_code from umkm_kbli k where k.umkm_id = p_umkm),
                                array(select c.type_code from umkm_certificate c
                                      where c.umkm_id = p_umkm and c.status = 'VERIFIED'),
                                array(select umkm_certificate_until(c.type_code, c.expires_on) from umkm_certificate c
                                      where c.umkm_id = p_umkm and c.status = 'VERIFIED'))
$$;

create or replace function umkm_document_rebuild() returns void
    language sql
as $$
    update umkm u
    set doc = umkm_own_document(u.business_name, u.description) || coalesce(x.products, ''::tsvector)
              || umkm_filter_document(u.id, u.regency_code, u.size_class, u.verified_at is not null,
                                      coalesce(x.kbli, '{}'), coalesce(x.certificates, '{}'), coalesce(x.until, '{}'))
    from (select v.id, d.doc as products, k.kbli, c.certificates, c.until
          from umkm v
          left join umkm_product_document d on d.umkm_id = v.id
          left join (select umkm_id, array_agg(kbli_code) as kbli from umkm_kbli group by umkm_id) k
              on k.umkm_id = v.id
          left join (select umkm_id, array_agg(type_code) as certificates,
                            array_agg(umkm_certificate_until(type_code, expires_on)) as until
                     from umkm_certificate where status = 'VERIFIED' group by umkm_id) c on c.umkm_id = v.id) x
    where x.id = u.id;
$$;

drop function umkm_filter_document(bigint, varchar, varchar, boolean, varchar[], varchar[]);

-- The document follows a certificate's expiry too (a corrected or renewed date). Same name (bench/generate.sql disables
-- it by name during bulk loads).
drop trigger umkm_certificate_document on umkm_certificate;
create trigger umkm_certificate_document after insert or update of umkm_id, type_code, status, expires_on or delete
    on umkm_certificate
    for each row execute function umkm_document_filters_keep();

-- Existing documents: only UMKM with a verified certificate gain lexemes. The new lexemes have no positions and are
-- new to the document, so appending them gives exactly the document umkm_document_of() would build now, without
-- parsing every name, description and product list again.
update umkm u
set doc = u.doc || array_to_tsvector(c.lexemes)
from (select umkm_id, array_agg(distinct '~ e' || umkm_certificate_until(type_code, expires_on)) as lexemes
      from umkm_certificate where status = 'VERIFIED' group by umkm_id) c
where c.umkm_id = u.id;
