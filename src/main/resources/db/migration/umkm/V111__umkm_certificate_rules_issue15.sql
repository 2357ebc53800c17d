-- Issue 15: permit rules the certificate form could not express.
--
-- Halal certificates issued since the 2022 law change (Perppu 2/2022, enacted as UU 6/2023) stay valid while the
-- product's composition and process do not change: they carry no expiry date, so the form must not demand one.
-- has_expiry = false makes the date optional (as for NIB and NPWP): one typed from an older certificate is kept
-- and counts as before (R__certificate_standing.sql reads expires_on as typed).
update certificate_type set has_expiry = false where code = 'HALAL';

-- Whether the document shows an issue date. NPWP cards (and the 16-digit NIK used as NPWP since 2024) show
-- none, so the form asks for it only where the document has one. Nothing reads issued_on to decide whether a
-- certificate counts (only the expiry reminder's halal exception reads it, and a null date there is simply
-- not "since 2022").
alter table certificate_type add column issue_date_required boolean not null default true;
update certificate_type set issue_date_required = false where code = 'NPWP';
alter table umkm_certificate alter column issued_on drop not null;

-- P-IRT numbers are printed with a hyphen before the 2-digit expiry year (15 digits, "-", 2 digits); the form
-- accepts the printed form and stores the digits (docs/certificates.md "Numbers as people type them"). The
-- example shows the printed form.
update certificate_type set number_example = '206127101002024-29' where code = 'PIRT';
