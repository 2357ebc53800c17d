-- Partnership lifecycle (issue #5): the full status set, the location and agreement of each partnership,
-- an append-only audit trail, and the working province of Diskop UKM officers.

alter table partnership drop constraint partnership_status_check;
alter table partnership add constraint partnership_status_check check (status in ('DRAFT', 'PROPOSED', 'ACCEPTED',
    'DECLINED', 'SUBMITTED', 'RETURNED', 'REJECTED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED'));

-- A draft may be saved before the company makes the no-control declaration; proposing and submitting to the
-- Dinas require it (checked by the application, which records who declared it in the audit trail).
alter table partnership drop constraint partnership_no_control_declared_check;

-- Where the partnership takes place (BKPM: "mainly where the large business invests"); defaults to the
-- UMKM's regency.
alter table partnership add column regency_code varchar(13) references region (code);
update partnership p set regency_code = u.regency_code from umkm u where u.id = p.umkm_id;
alter table partnership alter column regency_code set not null;

-- The signed agreement (PDF), required before the company submits the partnership to the Dinas.
alter table partnership add column agreement_document_id bigint references stored_document (id);

-- The key terms (pattern, value, dates, object) as the UMKM accepted them. A partnership returned by the
-- Dinas whose key terms were changed since must be accepted by the UMKM again before it is resubmitted.
alter table partnership add column accepted_terms varchar(400);
update partnership
set accepted_terms = pattern || '|' || estimated_value || '|' || to_char(start_date, 'YYYY-MM-DD') || '|'
    || to_char(end_date, 'YYYY-MM-DD') || '|' || object
where status in ('ACCEPTED', 'APPROVED', 'REJECTED');

create index partnership_umkm_status_idx on partnership (umkm_id, status);

-- The audit trail records every change: creation, edits (with a summary of the changed fields), status
-- changes and ratings. Rows are only ever inserted.
alter table partnership_event add column kind varchar(10) not null default 'STATUS'
    check (kind in ('CREATED', 'EDITED', 'STATUS', 'RATED'));
update partnership_event set kind = 'CREATED' where from_status is null;
alter table partnership_event alter column kind drop default;
-- For edits: one line per changed field, "field<TAB>old value<TAB>new value".
alter table partnership_event add column summary varchar(4000);
create index partnership_event_time_idx on partnership_event (occurred_at desc, id desc);
create index partnership_event_maker_idx on partnership_event (partnership_id, actor_id)
    where kind in ('CREATED', 'EDITED');

create function partnership_event_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'partnership_event is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger partnership_event_no_change before update or delete on partnership_event
    for each row execute function partnership_event_append_only();
create trigger partnership_event_no_truncate before truncate on partnership_event
    for each statement execute function partnership_event_append_only();

-- The province an officer works for (Kemendagri code, e.g. '12' North Sumatra): the review queue shows only
-- partnerships of UMKM in that province. Null for other roles, and for officers not yet assigned.
alter table account add column province_code varchar(2) references region (code);
create index account_officer_province_idx on account (province_code) where role = 'OFFICER';
