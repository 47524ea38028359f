-- The waiting list of a fully booked day: a place freed by a cancellation is held for the first waiting parent and
-- offered by mail with a link; if the offer is not taken in time it goes to the next, and in the end back to all.
CREATE TABLE waitlist_entry (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    location_id      BIGINT       NOT NULL,
    wanted_on        DATE         NOT NULL,
    email            VARCHAR(254) NOT NULL,
    contact_language VARCHAR(8)   NOT NULL,
    page_language    VARCHAR(8)   NOT NULL,
    status           VARCHAR(10)  NOT NULL, -- WAITING, OFFERED, BOOKED, EXPIRED
    offered_slot     DATETIME     NULL,
    offer_expires_at DATETIME     NULL,     -- city time
    offer_token_hash CHAR(64)     NULL,     -- SHA-256 of the offer link's token
    created_at       TIMESTAMP(3) NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_waitlist_location FOREIGN KEY (location_id) REFERENCES consultation_location (id),
    CONSTRAINT uq_waitlist_token UNIQUE (offer_token_hash)
);
CREATE INDEX ix_waitlist_day ON waitlist_entry (location_id, wanted_on, status, created_at);
CREATE INDEX ix_waitlist_offer ON waitlist_entry (status, offer_expires_at);
