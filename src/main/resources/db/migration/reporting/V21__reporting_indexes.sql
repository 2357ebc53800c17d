-- Officer reports (reporting/ReportService, ExportService): every figure is "in these regencies, by/within
-- these dates". At provincial scale (1.2 M UMKM) the counts should come from indexes, not table scans.

-- Registered and verified UMKM by size class: an index-only scan per regency up to the period's end.
create index umkm_report_idx on umkm (regency_code, created_at) include (size_class, verified_at);

-- Partnerships are placed in an area through their UMKM: this lets that lookup (umkm by id, filtered by regency
-- and registration date) read a narrow index instead of the wide umkm rows (search documents and all).
create index umkm_id_area_idx on umkm (id) include (regency_code, created_at);

-- Approved partnerships in force during a period: contract not ended before it began (the status list is
-- ReportSql.APPROVED_STATUSES).
create index partnership_approved_end_idx on partnership (end_date, umkm_id)
    where status in ('APPROVED', 'ACTIVE', 'COMPLETED');

-- Needs posted in an area during a period (the first stage of the report's funnel).
create index need_region_created_idx on need (regency_code, created_at);
