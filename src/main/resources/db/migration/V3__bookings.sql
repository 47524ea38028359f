-- Booking the open consultation hour: slots per weekly hour, closed days, bookings, and a per-slot counter whose
-- guarded UPDATE is what makes overbooking impossible under concurrency.

ALTER TABLE consultation_location
    ADD COLUMN accessibility VARCHAR(300) NULL,
    ADD COLUMN directions    VARCHAR(300) NULL;

ALTER TABLE consultation_hour
    ADD COLUMN slot_minutes    SMALLINT NOT NULL DEFAULT 30,
    ADD COLUMN places_per_slot SMALLINT NOT NULL DEFAULT 2,
    ADD CONSTRAINT ck_hour_slot CHECK (slot_minutes BETWEEN 5 AND 240 AND places_per_slot BETWEEN 1 AND 50);

-- a day without open hours: a holiday for all locations (location_id NULL) or a closure of one
CREATE TABLE consultation_closure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    location_id BIGINT       NULL,
    closed_on   DATE         NOT NULL,
    reason      VARCHAR(200) NULL,
    CONSTRAINT fk_closure_location FOREIGN KEY (location_id) REFERENCES consultation_location (id),
    CONSTRAINT uq_closure UNIQUE (location_id, closed_on)
);
CREATE INDEX ix_closure_day ON consultation_closure (closed_on);

-- how many places of a slot are taken; "UPDATE ... SET booked = booked + 1 WHERE booked < capacity" takes the row
-- lock, so the last place goes to exactly one parent
CREATE TABLE slot_load (
    location_id BIGINT   NOT NULL,
    starts_at   DATETIME NOT NULL,
    booked      SMALLINT NOT NULL DEFAULT 0,
    PRIMARY KEY (location_id, starts_at),
    CONSTRAINT fk_load_location FOREIGN KEY (location_id) REFERENCES consultation_location (id),
    CONSTRAINT ck_load_booked CHECK (booked >= 0)
);

CREATE TABLE booking (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_code         CHAR(10)     NOT NULL,
    location_id          BIGINT       NOT NULL,
    starts_at            DATETIME     NOT NULL, -- city time (Europe/Berlin)
    ends_at              DATETIME     NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    phone                VARCHAR(20)  NULL,
    email                VARCHAR(254) NULL,
    contact_language     VARCHAR(8)   NOT NULL,
    page_language        VARCHAR(8)   NOT NULL,
    interpreter_language VARCHAR(8)   NULL,
    topic                VARCHAR(200) NULL,
    manage_token_hash    CHAR(64)     NOT NULL, -- SHA-256 of the cancel/rebook link's token; the token is never stored
    help_request_id      BIGINT       NULL,
    created_at           TIMESTAMP(3) NOT NULL,
    cancelled_at         TIMESTAMP(3) NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_booking_code UNIQUE (booking_code),
    CONSTRAINT uq_booking_token UNIQUE (manage_token_hash),
    CONSTRAINT fk_booking_location FOREIGN KEY (location_id) REFERENCES consultation_location (id),
    CONSTRAINT fk_booking_request FOREIGN KEY (help_request_id) REFERENCES help_request (id),
    CONSTRAINT ck_booking_contact CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX ix_booking_slot ON booking (location_id, starts_at);
