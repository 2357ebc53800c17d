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
create or replace view need_requirement as
select need_id, type_code, required from need_certificate;
