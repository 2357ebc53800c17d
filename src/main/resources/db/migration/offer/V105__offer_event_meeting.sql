-- Issue 14: an invitation to offer made after a business-matching meeting remembers that meeting, and so does the
-- offer the UMKM then makes on the need (copied from its invitation when it is submitted), so that the event
-- report can follow what came of the day (read through offer's published views, docs/event.md). Null for
-- everything made outside an event. The company's form carries the meeting's id and the event module checks it
-- belongs to the company, the need and the UMKM (offer.MeetingLink).
alter table need_invitation add column event_meeting_id bigint references event_meeting (id) on delete set null;
alter table offer add column event_meeting_id bigint references event_meeting (id) on delete set null;
create index need_invitation_event_meeting_idx on need_invitation (event_meeting_id) where event_meeting_id is not null;
create index offer_event_meeting_idx on offer (event_meeting_id) where event_meeting_id is not null;
