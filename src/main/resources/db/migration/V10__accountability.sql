-- #7 Accountable and forgetful: figures kept apart from case data, an append-only audit trail, and what the
-- retention jobs need to forget personal data on time.

-- statistics: one row per counted activity (logged by a social worker, or counted from the portal). No family data,
-- no link to a request: deleting requests never changes a past quarter's figures.
CREATE TABLE activity_count (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_on      DATE         NOT NULL,
    category         VARCHAR(20)  NOT NULL,
    district_id      BIGINT       NULL,
    topics           VARCHAR(200) NULL,  -- comma separated Topic names
    contact_language VARCHAR(8)   NULL,
    kita_id          BIGINT       NULL,
    logged_by        VARCHAR(80)  NULL   -- staff username for manual entries
);
CREATE INDEX ix_activity_day ON activity_count (happened_on, category);

-- who saw or changed which record, when: written, never changed or deleted (the triggers refuse both, whatever
-- the application does); records are named by id only, so the trail outlives the data it points to.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at TIMESTAMP(6) NOT NULL,
    actor       VARCHAR(80)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    record_type VARCHAR(20)  NULL,
    record_id   BIGINT       NULL,
    detail      VARCHAR(200) NULL
);
CREATE INDEX ix_audit_time ON audit_entry (happened_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, happened_at);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id, happened_at);
CREATE TRIGGER audit_entry_never_changed BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are never changed';
CREATE TRIGGER audit_entry_never_deleted BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are never deleted';

-- retention: when a request was closed, and when personal data was removed from a request or a booking
ALTER TABLE help_request
    ADD COLUMN closed_at     TIMESTAMP(6) NULL,
    ADD COLUMN anonymised_at TIMESTAMP(6) NULL,
    DROP CONSTRAINT ck_request_contact;
ALTER TABLE help_request ADD CONSTRAINT ck_request_contact
    CHECK (anonymised_at IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL);
CREATE INDEX ix_request_retention ON help_request (anonymised_at, status, closed_at);
ALTER TABLE booking
    ADD COLUMN anonymised_at TIMESTAMP(6) NULL,
    DROP CONSTRAINT ck_booking_contact;
ALTER TABLE booking ADD CONSTRAINT ck_booking_contact
    CHECK (anonymised_at IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL);
CREATE INDEX ix_booking_retention ON booking (anonymised_at, ends_at);
