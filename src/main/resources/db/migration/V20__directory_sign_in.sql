-- Staff who sign in through the city's directory (LDAP / Active Directory) get a row of their own on first sign-in
-- (docs/decisions/0021). origin says where the password is checked: LOCAL (password_hash here) or LDAP (the
-- directory; password_hash stays empty, so no local password can ever match). The e-mail address is taken from
-- the directory on every sign-in. IF NOT EXISTS: the account administration may add the same column.
ALTER TABLE staff_account
    ADD COLUMN IF NOT EXISTS origin VARCHAR(10) NOT NULL DEFAULT 'LOCAL',
    ADD COLUMN IF NOT EXISTS email VARCHAR(254) NULL,
    ADD CONSTRAINT ck_staff_origin CHECK (origin IN ('LOCAL', 'LDAP'));
