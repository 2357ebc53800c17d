-- Issue 16: maker-checker. Above simitra.partnership.second-approval-above (Rp 500 million by default) an officer's
-- approval is the first of two: the partnership waits in FIRST_APPROVED until a second officer of the same province
-- approves it (or returns or rejects it). Both approvals are status steps in the audit trail (partnership_event).
alter table partnership drop constraint partnership_status_check;
alter table partnership add constraint partnership_status_check check (status in ('DRAFT', 'PROPOSED', 'ACCEPTED',
    'DECLINED', 'SUBMITTED', 'FIRST_APPROVED', 'RETURNED', 'REJECTED', 'APPROVED', 'ACTIVE', 'COMPLETED',
    'TERMINATED'));

-- The officers' queue lists both: submitted, and approved once waiting for the second approval.
drop index partnership_submitted_umkm_regency_idx;
create index partnership_review_umkm_regency_idx on partnership (umkm_regency_code varchar_pattern_ops, updated_at, id)
    where status in ('SUBMITTED', 'FIRST_APPROVED');
