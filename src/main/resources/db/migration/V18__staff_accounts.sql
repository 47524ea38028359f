-- #16 Accounts the city runs itself (docs/decisions/0019): admins create accounts and send a link by mail with
-- which the person sets their own password; nobody types a password for someone else.

-- the address the set-password link goes to (NULL for accounts made before: an admin adds it);
-- sessions_generation counts up when an account is deactivated or its password set or changed: a session that
-- began under an older generation ends at its next request (staff.internal.AccountSessionFilter)
ALTER TABLE staff_account
    ADD COLUMN email               VARCHAR(254) NULL,
    ADD COLUMN sessions_generation INT          NOT NULL DEFAULT 0;

-- set-password links: only the SHA-256 of the token is kept, written when the mail is written (so no working link
-- waits in the outbox); single use, expires, and a newer link for the account revokes the older ones
CREATE TABLE staff_password_link (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_account_id BIGINT       NOT NULL,
    requested_by     VARCHAR(80)  NOT NULL,
    requested_at     TIMESTAMP(6) NOT NULL,
    token_hash       CHAR(64)     NULL,
    expires_at       TIMESTAMP(6) NULL,
    used_at          TIMESTAMP(6) NULL,
    revoked_at       TIMESTAMP(6) NULL,
    CONSTRAINT uq_password_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_link_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_password_link_account ON staff_password_link (staff_account_id);
