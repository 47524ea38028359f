-- request: help requests from parents (and, later, forwarded by Kitas). Only what the team needs to call back:
-- no names, no birth dates, no addresses. Personal fields are deleted by the retention job (later issue).
CREATE TABLE help_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference_code     CHAR(10)      NOT NULL,
    pin_hash           VARCHAR(100)  NOT NULL,
    source             VARCHAR(12)   NOT NULL,
    urgency            VARCHAR(10)   NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    children_0_1       TINYINT       NOT NULL DEFAULT 0,
    children_1_3       TINYINT       NOT NULL DEFAULT 0,
    children_3_6       TINYINT       NOT NULL DEFAULT 0,
    kita_id            BIGINT        NULL,
    district_id        BIGINT        NULL,
    phone              VARCHAR(20)   NULL,     -- E.164, e.g. +4915112345678
    email              VARCHAR(254)  NULL,
    contact_language   VARCHAR(8)    NOT NULL,
    page_language      VARCHAR(8)    NOT NULL,
    interpreter_needed BOOLEAN       NOT NULL DEFAULT FALSE,
    call_times         VARCHAR(200)  NULL,
    no_voicemail       BOOLEAN       NOT NULL DEFAULT FALSE,
    no_email           BOOLEAN       NOT NULL DEFAULT FALSE,
    free_text          VARCHAR(1000) NULL,
    consent_version    VARCHAR(20)   NOT NULL,
    appointment_at     DATETIME      NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_request_reference UNIQUE (reference_code),
    CONSTRAINT fk_request_kita FOREIGN KEY (kita_id) REFERENCES kita (id),
    CONSTRAINT fk_request_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_request_contact CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX ix_request_status_created ON help_request (status, created_at);

CREATE TABLE help_request_topic (
    help_request_id BIGINT      NOT NULL,
    topic           VARCHAR(20) NOT NULL,
    PRIMARY KEY (help_request_id, topic),
    CONSTRAINT fk_topic_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE
);

-- every change of state, for the family's status lookup and the team's history
CREATE TABLE help_request_status_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    help_request_id BIGINT       NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    changed_at      TIMESTAMP(6) NOT NULL,
    changed_by      VARCHAR(80)  NULL,     -- staff username; NULL for the family's own submission
    CONSTRAINT fk_change_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE
);
CREATE INDEX ix_change_request ON help_request_status_change (help_request_id, changed_at);
