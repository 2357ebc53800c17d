-- Issue 16: a rater chooses whether the comment may be shown publicly (on the UMKM's storefront for a company's
-- rating of the UMKM). Existing comments were given without that choice, so they stay private.
alter table partnership_rating add column comment_public boolean not null default false;
