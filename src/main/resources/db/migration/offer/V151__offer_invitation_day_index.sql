-- The officers' funnel (issue 16, reporting's "invited" stage) selects invitations by when they were made; the only
-- index so far starts with the UMKM. Covering umkm_id keeps it an index-only scan.
create index need_invitation_created_idx on need_invitation (created_at) include (umkm_id);
