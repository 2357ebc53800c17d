-- "Your certificate expires in 30 days" (issue 13): one row per certificate and expiry date the owner was told
-- about, written by the daily job umkm/internal/CertificateExpiryReminders in the same statement that finds the
-- certificates (insert ... on conflict do nothing returning), so each certificate is told once per expiry date,
-- also with several instances running the job at the same time. A renewed certificate (new expires_on) is told
-- again before its new date.
create table umkm_certificate_expiry_notice (
    certificate_id bigint      not null references umkm_certificate (id) on delete cascade,
    expires_on     date        not null,
    noticed_at     timestamptz not null,
    primary key (certificate_id, expires_on)
);

-- The job looks for certificates in force expiring within the next 30 days: a range on expires_on.
create index umkm_certificate_expiry_idx on umkm_certificate (expires_on) where status <> 'REJECTED';
