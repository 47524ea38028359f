-- Reminders the day before, and personal links kept apart from the booking so that a booking can have several
-- (the confirmation mail's and the reminder's); ShedLock's table so that scheduled jobs run once across instances.

CREATE TABLE booking_link (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY, -- SHA-256 of the link's token; the token itself is never stored
    booking_id BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_link_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE
);
INSERT INTO booking_link (token_hash, booking_id, created_at) SELECT manage_token_hash, id, created_at FROM booking;
ALTER TABLE booking DROP CONSTRAINT uq_booking_token;
ALTER TABLE booking DROP COLUMN manage_token_hash;

ALTER TABLE booking ADD COLUMN reminded_at TIMESTAMP(3) NULL;
CREATE INDEX ix_booking_reminder ON booking (status, reminded_at, starts_at);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
