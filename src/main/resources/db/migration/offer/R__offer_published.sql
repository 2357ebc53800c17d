-- Published by the offer module (issue 11, docs/sql-ownership.md): that an UMKM made an offer on a need, and when,
-- for the partnership module's decline cool-off and the reports' funnel. Never its terms (price, quantity, note).
-- A plain view of one table: PostgreSQL inlines it.
-- event_meeting_id (issue 14, V105): the business-matching meeting the offer came from, for the event report.
create or replace view offer_summary as
select id, need_id, umkm_id, created_at, event_meeting_id from offer;

-- Invitations to offer made after a business-matching meeting (issue 14): which need, which UMKM, which meeting,
-- when. The event report counts them; other invitations are not published.
create or replace view offer_invitation_from_meeting as
select need_id, umkm_id, event_meeting_id, created_at from need_invitation where event_meeting_id is not null;

-- Every invitation to offer (issue 16): which need, which UMKM, when. The officers' funnel counts "invited" from it.
-- Never who invited.
create or replace view offer_invitation as
select need_id, umkm_id, created_at from need_invitation;
