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
