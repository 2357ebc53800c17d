-- Issue 16: the accepted offer becomes the contract. The partnership keeps the terms of the offer it came from
-- (copied when the company proposes, from what the offer module publishes: offer.AcceptedOffers; never read from
-- the offer table) and its own contract terms, which start as the offer's and which the company may change
-- before the UMKM accepts. contract_unit is the need's unit, kept from creation on. Quantities are per month and prices per unit, both in the need's unit. All null for a
-- partnership proposed without an accepted offer, and for rows from before.
alter table partnership add column offer_id bigint;
alter table partnership add column offer_quantity numeric(16, 2) check (offer_quantity > 0);
alter table partnership add column offer_unit varchar(20);
alter table partnership add column offer_unit_price bigint check (offer_unit_price >= 1);
alter table partnership add column offer_lead_time_days integer check (offer_lead_time_days between 0 and 365);
alter table partnership add column contract_quantity numeric(16, 2) check (contract_quantity > 0);
alter table partnership add column contract_unit varchar(20);
alter table partnership add column contract_unit_price bigint check (contract_unit_price >= 1);
alter table partnership add column contract_lead_time_days integer
    check (contract_lead_time_days between 0 and 365);
alter table partnership add constraint partnership_offer_terms_ck
    check ((offer_id is null) = (offer_quantity is null) and (offer_id is null) = (offer_unit is null)
           and (offer_id is null) = (offer_unit_price is null) and (offer_id is null) = (offer_lead_time_days is null));
alter table partnership add constraint partnership_contract_terms_ck
    check ((contract_unit_price is null) = (contract_quantity is null)
           and (contract_unit_price is null) = (contract_lead_time_days is null)
           and (contract_unit_price is null or contract_unit is not null));

-- The key terms the UMKM accepted now include price, quantity and lead time when the contract has them.
alter table partnership alter column accepted_terms type varchar(500);
