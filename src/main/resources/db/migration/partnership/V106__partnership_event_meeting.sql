-- Issue 14: a partnership proposed after a business-matching meeting remembers that meeting (the proposal form
-- carries its id; the event module checks it is the company's meeting with that UMKM about that need,
-- partnership.MeetingLink). The event report reads it through partnership_summary, so a partnership approved
-- months later still counts for the event. Null for every other partnership.
alter table partnership add column event_meeting_id bigint references event_meeting (id) on delete set null;
create index partnership_event_meeting_idx on partnership (event_meeting_id) where event_meeting_id is not null;
