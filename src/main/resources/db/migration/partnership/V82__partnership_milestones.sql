-- Issue 12: when a partnership was first proposed, first approved, and first decided on after its first proposal,
-- kept on the partnership row by partnership's own trigger on its audit trail. The reports selected these with one
-- sub-select into partnership_event per partnership (1.3-1.9 s for a province's 31 k approved partnerships at North
-- Sumatra scale). The definitions are unchanged (reporting's ReportSql): the earliest PROPOSED event; the earliest
-- APPROVED event; the earliest APPROVED, REJECTED or RETURNED event at or after the earliest PROPOSED one. They are
-- recomputed from the partnership's own events whenever one of those kinds is added, so they never depend on the
-- order events are written in. Published through partnership_summary (R__partnership_published.sql).
alter table partnership add column first_proposed_at timestamptz;
alter table partnership add column first_approved_at timestamptz;
alter table partnership add column first_decided_at timestamptz;

create function partnership_milestones(p_partnership bigint) returns void
    language sql
as $$
    update partnership p
    set first_proposed_at = m.proposed, first_approved_at = m.approved,
        first_decided_at = (select min(e.occurred_at) from partnership_event e
                            where e.partnership_id = p.id and e.to_status in ('APPROVED', 'REJECTED', 'RETURNED')
                              and e.occurred_at >= m.proposed)
    from (select min(e.occurred_at) filter (where e.to_status = 'PROPOSED') as proposed,
                 min(e.occurred_at) filter (where e.to_status = 'APPROVED') as approved
          from partnership_event e where e.partnership_id = p_partnership) m
    where p.id = p_partnership
      and (p.first_proposed_at, p.first_approved_at, p.first_decided_at) is distinct from
          (m.proposed, m.approved, (select min(e.occurred_at) from partnership_event e
                                    where e.partnership_id = p.id
                                      and e.to_status in ('APPROVED', 'REJECTED', 'RETURNED')
                                      and e.occurred_at >= m.proposed));
$$;

create function partnership_milestones_keep() returns trigger
    language plpgsql
as $$
begin
    perform partnership_milestones(new.partnership_id);
    return null;
end
$$;
-- Only for the statuses the milestones are made of (edits, ratings and other steps change nothing).
create trigger partnership_milestones after insert on partnership_event
    for each row when (new.to_status in ('PROPOSED', 'APPROVED', 'REJECTED', 'RETURNED'))
    execute function partnership_milestones_keep();

-- The rows that have events today, in one statement.
update partnership p
set first_proposed_at = m.proposed, first_approved_at = m.approved,
    first_decided_at = (select min(e.occurred_at) from partnership_event e
                        where e.partnership_id = p.id and e.to_status in ('APPROVED', 'REJECTED', 'RETURNED')
                          and e.occurred_at >= m.proposed)
from (select e.partnership_id,
             min(e.occurred_at) filter (where e.to_status = 'PROPOSED') as proposed,
             min(e.occurred_at) filter (where e.to_status = 'APPROVED') as approved
      from partnership_event e group by e.partnership_id) m
where m.partnership_id = p.id;

-- The reports' two selections: partnerships approved (in force), and proposals made in a period.
create index partnership_approved_idx on partnership (coalesce(first_approved_at, created_at))
    where status in ('APPROVED', 'ACTIVE', 'COMPLETED');
create index partnership_proposed_idx on partnership (coalesce(first_proposed_at, created_at))
    where status <> 'DRAFT';
