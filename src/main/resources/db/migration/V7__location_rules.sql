-- How far ahead and how shortly before parents may book, per place, set by the staff.
ALTER TABLE consultation_location
    ADD COLUMN booking_window_days    SMALLINT NOT NULL DEFAULT 28,
    ADD COLUMN minimum_notice_minutes SMALLINT NOT NULL DEFAULT 60,
    ADD CONSTRAINT ck_location_rules CHECK (booking_window_days BETWEEN 1 AND 180
        AND minimum_notice_minutes BETWEEN 0 AND 10080);
