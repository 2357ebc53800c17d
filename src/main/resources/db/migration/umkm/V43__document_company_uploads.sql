-- Issue 10 (security review): who stored a document. A file the company uploaded (a partnership agreement, also
-- the replaced ones kept for the audit trail) has company_id set: it counts against the company's storage quota,
-- never against the UMKM's (umkm/UmkmQuotas counts only rows with company_id null).
alter table stored_document add column company_id bigint references company (id);
create index stored_document_company_idx on stored_document (company_id) where company_id is not null;

-- Backfill: the agreements partnerships point to now ...
update stored_document d set company_id = p.company_id
from partnership p
where p.agreement_document_id = d.id;

-- ... and the replaced ones, which only the audit trail names: an upload's event summary has the line
-- "agreement<TAB>#<replaced id><TAB><new file name>" (partnership/PartnershipService.uploadAgreement).
update stored_document d set company_id = p.company_id
from partnership_event e
     join partnership p on p.id = e.partnership_id,
     lateral regexp_matches(e.summary, '(?:^|\n)agreement\t#([0-9]+)\t', 'g') m
where d.id = m[1]::bigint
  and d.umkm_id = p.umkm_id
  and d.company_id is null;
