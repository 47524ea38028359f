-- The staff's second factor (docs/decisions/0020): one TOTP secret per account, sealed with AES-GCM under a key from
-- configuration (never stored plainly), and the last time step used, so that a code is accepted only once.
CREATE TABLE staff_second_factor (
    account_id     BIGINT        NOT NULL PRIMARY KEY,
    sealed_secret  VARBINARY(128) NOT NULL,
    last_used_step BIGINT        NOT NULL DEFAULT 0,
    enrolled_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
);

-- Recovery codes: shown once, kept only as SHA-256 (each has 50 random bits, so no slow hash is needed); used up.
CREATE TABLE staff_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
);
