-- Issue 11: the need module owns the companies' needs and the certificates each need requires or prefers,
-- although the tables were first created by company's (V5) and matching's (V14) migrations. The comment makes the
-- owner visible in psql (\dt+) and is what the SQL ownership test (SqlOwnershipTest) reads.
comment on table need is 'module: need';
comment on table need_certificate is 'module: need';
