-- Published by the need module (issue 11, docs/sql-ownership.md): what other modules may read of a need in SQL.
-- The ranking (matching), offers, conversations, recommendations, the decline cool-off and the reports read needs
-- through these views, never the tables. Plain views of one table: PostgreSQL inlines them, so a query through
-- them has the plan it had on the tables (same indexes, same joins).

-- A need without its free-text description and its bookkeeping (version, updated_at).
create or replace view need_summary as
select id, company_id, title, kbli_code, quantity, unit, unit_kind, quantity_base, regency_code, deadline, pattern,
       status, created_at, search
from need;

-- The certificates a need lists: required (an UMKM without one that counts is left out) or preferred.
-- requirement_group (issue 15): required rows with the same number are alternatives, any one of them that counts
-- meets the group; every group must be met. Null for preferred rows.
create or replace view need_requirement as
select need_id, type_code, required, requirement_group from need_certificate;

-- The rule "a need takes offers on a day": it is open and its deadline has not passed. Only then may UMKM offer,
-- companies invite and officers recommend. The one definition: SQL reads it here, Java asks
-- NeedService.takesOffers. A one-expression SQL function, inlined by the planner, so a filter written with it
-- still uses the partial indexes on status = 'OPEN'.
create or replace function need_takes_offers(p_status varchar, p_deadline date, p_on date) returns boolean
    language sql immutable parallel safe
as $$
    select p_status = 'OPEN' and p_deadline >= p_on
$$;
