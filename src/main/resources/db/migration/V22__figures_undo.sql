-- #16 A wrong one-tap entry can be undone for a while by whoever made it: when it was logged, to the second.
-- Entries counted by the portal (and older ones) have none and cannot be undone.
ALTER TABLE activity_count ADD COLUMN logged_at TIMESTAMP(6) NULL;
