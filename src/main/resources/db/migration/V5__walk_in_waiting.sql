-- The waiting time at the open consultation hour today, as the staff on site estimate it; valid on that day only.
ALTER TABLE consultation_location
    ADD COLUMN waiting_minutes SMALLINT NULL,
    ADD COLUMN waiting_on      DATE     NULL,
    ADD CONSTRAINT ck_location_waiting CHECK (waiting_minutes IS NULL OR waiting_minutes BETWEEN 0 AND 600);
