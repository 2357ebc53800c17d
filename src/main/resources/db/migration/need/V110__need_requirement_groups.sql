-- Issue 15: either-or requirements. A packaged-food buyer needs halal AND (P-IRT OR BPOM MD); an exporter takes SNI
-- OR ISO 9001. A need's required certificates become groups: rows with the same requirement_group are
-- alternatives (any one that counts meets the group), and every group must be met. Preferred rows have no group.
-- Existing required rows each become their own group (numbered 1, 2, ... per need in type order), so every need
-- keeps exactly the rule it had.
alter table need_certificate add column requirement_group integer;
update need_certificate nc
set requirement_group = g.n
from (select need_id, type_code, row_number() over (partition by need_id order by type_code) as n
      from need_certificate where required) g
where g.need_id = nc.need_id and g.type_code = nc.type_code;
alter table need_certificate add constraint need_certificate_group_check
    check ((required and requirement_group is not null and requirement_group >= 1)
           or (not required and requirement_group is null));
