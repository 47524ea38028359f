-- A parent's answers while going through the help or booking pages (docs/decisions/0012-drafts.md): kept here so that
-- a restart or redeploy of the portal loses none of them. Only ciphertext, keyed by a hash: the key to read a draft
-- is in the parent's browser (a cookie), never in the database. Deleted on sending, on quick exit and when expired.
CREATE TABLE flow_draft (
    id         BINARY(32)   NOT NULL,
    content    MEDIUMBLOB   NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY flow_draft_expiry (expires_at)
) ENGINE = InnoDB;
