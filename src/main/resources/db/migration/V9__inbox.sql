-- The staff inbox (#6): who works on a request, why it was closed, where the family was referred, which Kita
-- account forwarded it; internal notes; everything that happened to a request. Indexes serve the inbox's filters
-- and its sort by waiting time with 100,000 requests and more (paging in the database).
ALTER TABLE help_request
    ADD COLUMN assigned_to   VARCHAR(80) NULL,  -- staff username
    ADD COLUMN closed_reason VARCHAR(20) NULL,
    ADD COLUMN referred_to   BIGINT      NULL,  -- partner_service
    ADD COLUMN forwarded_by  VARCHAR(80) NULL,  -- the Kita staff account of a request with source KITA
    ADD CONSTRAINT fk_request_service FOREIGN KEY (referred_to) REFERENCES partner_service (id) ON DELETE SET NULL;

CREATE INDEX ix_request_created ON help_request (created_at);
CREATE INDEX ix_request_urgency ON help_request (urgency, status, created_at);
CREATE INDEX ix_request_assigned ON help_request (assigned_to, status, created_at);
CREATE INDEX ix_request_district ON help_request (district_id, status, created_at);
CREATE INDEX ix_request_kita_created ON help_request (kita_id, status, created_at);
CREATE INDEX ix_request_language ON help_request (contact_language, status, created_at);
CREATE INDEX ix_request_forwarded ON help_request (forwarded_by, created_at);
CREATE FULLTEXT INDEX ix_request_free_text ON help_request (free_text);
CREATE INDEX ix_topic_request ON help_request_topic (topic, help_request_id);

-- internal notes of the team; never shown to the family or the Kita
CREATE TABLE help_request_note (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    help_request_id BIGINT        NOT NULL,
    written_at      TIMESTAMP(6)  NOT NULL,
    written_by      VARCHAR(80)   NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_note_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE
);
CREATE INDEX ix_note_request ON help_request_note (help_request_id, written_at);

-- what happened to a request, who did it and when: received, assigned, status, note, reply, referral
CREATE TABLE help_request_activity (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    help_request_id BIGINT       NOT NULL,
    happened_at     TIMESTAMP(6) NOT NULL,
    actor           VARCHAR(80)  NULL,     -- staff username; NULL for the family or the system
    action          VARCHAR(20)  NOT NULL,
    detail          VARCHAR(200) NULL,
    CONSTRAINT fk_activity_request FOREIGN KEY (help_request_id) REFERENCES help_request (id) ON DELETE CASCADE
);
CREATE INDEX ix_activity_request ON help_request_activity (help_request_id, happened_at);
