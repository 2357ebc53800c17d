-- Published by the company module (issue 11, docs/sql-ownership.md): what other modules may read of a company in
-- SQL (lists of offers, needs and partnerships show its name; exports and the open-data feed its NIB and regency).
-- Never its owner account, address or contacts. A plain view of one table: PostgreSQL inlines it.
create or replace view company_summary as
select id, name, nib, regency_code from company;
