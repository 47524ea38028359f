-- #13 Mail to families never vanishes, never loops forever and never goes out twice (docs/decisions/0011).

-- every mail that went out, by a key naming the mail ("request-confirmation:42"), written in the sending
-- transaction before the mail is handed to the mail server: a second delivery of the same mail (a completion the
-- outbox lost in a crash, a second node) waits for the first one's transaction and then sends nothing.
-- Ids only; forgotten after kitabruecke.mail.sent-kept.
CREATE TABLE mail_sent (
    mail_key VARCHAR(120) NOT NULL PRIMARY KEY,
    sent_at  TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_mail_sent_at ON mail_sent (sent_at);

-- mail given up on after its last attempt ("parked"): out of the outbox, never retried by itself, without any
-- secret (the event holds ids only, and the PIN it would have carried is deleted when it is parked); staff see it
-- on the request or booking until an admin's retry delivers it.
CREATE TABLE mail_parked (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_key          VARCHAR(120) NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    request_id        BIGINT       NULL,
    booking_id        BIGINT       NULL,
    listener_id       VARCHAR(512) NOT NULL,
    event_type        VARCHAR(512) NOT NULL,
    serialized_event  TEXT         NOT NULL,
    attempts          INT          NOT NULL,
    first_tried_at    TIMESTAMP(6) NOT NULL,
    parked_at         TIMESTAMP(6) NOT NULL,
    -- the outbox entry of an admin's retry while it runs; NULL while parked
    retry_publication UUID         NULL,
    CONSTRAINT uq_mail_parked_key UNIQUE (mail_key)
);
CREATE INDEX ix_mail_parked_request ON mail_parked (request_id);
CREATE INDEX ix_mail_parked_booking ON mail_parked (booking_id);

-- the PIN of a new request in clear only until its confirmation mail has gone out or was given up on: the mail
-- needs it, the request itself keeps only its hash. Written only for requests that can be written to.
CREATE TABLE confirmation_pin (
    help_request_id BIGINT       NOT NULL PRIMARY KEY,
    pin             CHAR(6)      NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_confirmation_pin_request FOREIGN KEY (help_request_id) REFERENCES help_request (id)
);
