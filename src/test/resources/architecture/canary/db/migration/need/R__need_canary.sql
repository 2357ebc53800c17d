-- canary: a view need publishes
create or replace view need_canary_open as select id from need where status = 'OPEN';
