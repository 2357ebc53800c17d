-- Issue 14: a participant who withdraws after the schedule is out has its meetings CANCELLED (kept for the record
-- and the report); the slot and table must be free for another meeting. The unique constraint counted cancelled
-- meetings too, so it becomes an exclusion constraint over the meetings that are not cancelled, still deferred to the
-- end of the transaction so that an officer's move may swap two meetings.
alter table event_meeting drop constraint event_meeting_place;
alter table event_meeting add constraint event_meeting_place
    exclude using btree (slot_id with =, table_number with =) where (status <> 'CANCELLED')
    deferrable initially deferred;
