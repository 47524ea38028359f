-- #15 Retention covers everything (docs/decisions/0015): the audit trail, too, has a maximum life, and the user names
-- typed into failed logins (a typed name may be a mistyped password) go long before it. The triggers still refuse
-- every UPDATE and DELETE, except the two things privacy.AuditRetention declares for its own connection and
-- transaction: blanking the name of a failed login older than @kitabruecke_audit_names_before, and deleting entries
-- older than @kitabruecke_audit_before. Nothing else can change or delete an entry.
DROP TRIGGER audit_entry_never_changed;
DROP TRIGGER audit_entry_never_deleted;

DELIMITER $$
CREATE TRIGGER audit_entry_never_changed BEFORE UPDATE ON audit_entry FOR EACH ROW
BEGIN
    IF NOT (@kitabruecke_audit_names_before IS NOT NULL AND OLD.action = 'LOGIN_FAILED'
            AND OLD.happened_at < @kitabruecke_audit_names_before AND NEW.actor = '-'
            AND NEW.id = OLD.id AND NEW.happened_at = OLD.happened_at AND NEW.action = OLD.action
            AND NEW.record_type <=> OLD.record_type AND NEW.record_id <=> OLD.record_id
            AND NEW.detail <=> OLD.detail) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are never changed';
    END IF;
END$$

CREATE TRIGGER audit_entry_never_deleted BEFORE DELETE ON audit_entry FOR EACH ROW
BEGIN
    IF NOT (@kitabruecke_audit_before IS NOT NULL AND OLD.happened_at < @kitabruecke_audit_before) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are never deleted';
    END IF;
END$$
DELIMITER ;

CREATE INDEX ix_audit_action ON audit_entry (action, happened_at);
