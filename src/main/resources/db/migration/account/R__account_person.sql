-- Published by the account module (issue 11, docs/account.md): the name other modules may show for an account
-- (who verified an UMKM, who reviewed a certificate, who acted on a partnership, which officer recommended).
-- A plain view of one table: PostgreSQL inlines it, so a join through it costs exactly what the join to account did.
create or replace view account_person as
select id, display_name from account;
