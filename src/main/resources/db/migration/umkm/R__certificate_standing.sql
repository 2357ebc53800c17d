-- The one rule "a certificate counts", owned by the certificate (umkm) module. Everything that asks whether
-- an UMKM holds a certificate reads these functions: the matching pool and match_factors(), the directory
-- filter and counts, the storefront, the readiness checklist, the offer list, the owner's own list.
-- docs/certificates.md describes the rule and its readers.
--
-- p_on is "today" in WIB (Asia/Jakarta), bound by the caller from the portal's Clock bean. A certificate is
-- in force up to and including its expires_on day; null means a kind without expiry.
--
-- All are SQL-language, IMMUTABLE functions of their arguments with a single expression as body, so
-- PostgreSQL inlines them into the calling query: certificate_counts(c.status, c.expires_on, :today)
-- becomes plain conditions on the columns, the planner still proves the predicate of the partial indexes
-- (umkm_certificate_type_idx: status <> 'REJECTED'; umkm_certificate_verified_idx: status = 'VERIFIED') and
-- uses expires_on ranges. Keep them that way (no plpgsql, no SELECT from tables, not STRICT): a function
-- that is not inlined is a black box per row, and the ranking would scan every certificate.

-- Not expired on p_on: the day boundary, written once.
create or replace function certificate_unexpired(p_expires_on date, p_on date)
    returns boolean language sql immutable parallel safe
as $$ select p_expires_on is null or p_expires_on >= p_on $$;

-- Claimed and in force: not rejected, not expired; verified or still waiting for an officer. Such a
-- certificate may be shown ("menunggu verifikasi" while SUBMITTED) and may count as a *preferred*
-- certificate at reduced weight, never as a required one.
create or replace function certificate_in_force(p_status varchar, p_expires_on date, p_on date)
    returns boolean language sql immutable parallel safe
as $$ select p_status <> 'REJECTED' and certificate_unexpired(p_expires_on, p_on) $$;

-- Counts: verified by a Diskop UKM officer and in force. Only such a certificate satisfies a required
-- certificate, ticks the readiness checklist, passes the directory's certificate filter and earns a badge.
create or replace function certificate_counts(p_status varchar, p_expires_on date, p_on date)
    returns boolean language sql immutable parallel safe
as $$ select certificate_in_force(p_status, p_expires_on, p_on) and p_status = 'VERIFIED' $$;

-- The standing of one certificate on p_on, for pages and for Java (CertificateStanding):
-- VALID_VERIFIED (counts), VALID_SUBMITTED (menunggu verifikasi), EXPIRED, REJECTED.
create or replace function certificate_standing(p_status varchar, p_expires_on date, p_on date)
    returns varchar language sql immutable parallel safe
as $$
    select case when p_status = 'REJECTED' then 'REJECTED'
                when not certificate_unexpired(p_expires_on, p_on) then 'EXPIRED'
                when certificate_counts(p_status, p_expires_on, p_on) then 'VALID_VERIFIED'
                else 'VALID_SUBMITTED' end::varchar
$$;

-- The rule as relations, for every reader outside umkm (issue 11: other modules never read umkm_certificate).
-- Both are SQL-language, STABLE, single-SELECT set-returning functions without STRICT: PostgreSQL inlines them as a
-- subquery and pulls it up into the caller, so "from umkm_valid_certificate(:today) c where c.type_code = :t" plans
-- exactly like the table with certificate_counts(...) written out (index-only scan of umkm_certificate_verified_idx).

-- The certificates that count on p_on (verified and in force): "does UMKM x hold a valid y" is a row here. Read by
-- the matching pool (required certificates), the directory's certificate filter and its counts, and readiness.
create or replace function umkm_valid_certificate(p_on date)
    returns table (umkm_id bigint, type_code varchar, expires_on date)
    language sql stable parallel safe
as $$
    select c.umkm_id, c.type_code, c.expires_on
    from umkm_certificate c
    where certificate_counts(c.status, c.expires_on, p_on)
$$;

-- Every certificate an UMKM claims (not rejected) with where it stands on p_on: what may be shown (storefront,
-- offer badges) and what match_factors() weighs (missing / expired / waiting for verification). checked_at is when
-- an officer decided, else when it was last changed; verified is the officer's decision whatever the date.
create or replace function umkm_certificate_claim(p_on date)
    returns table (umkm_id bigint, type_code varchar, expires_on date, verified boolean, checked_at timestamptz,
                   standing varchar, in_force boolean, counts boolean)
    language sql stable parallel safe
as $$
    select c.umkm_id, c.type_code, c.expires_on, c.status = 'VERIFIED', coalesce(c.reviewed_at, c.updated_at),
           certificate_standing(c.status, c.expires_on, p_on), certificate_in_force(c.status, c.expires_on, p_on),
           certificate_counts(c.status, c.expires_on, p_on)
    from umkm_certificate c
    where c.status <> 'REJECTED'
$$;
