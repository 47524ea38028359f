package org.kitabruecke.privacy.internal;

import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.staff.StaffAccountFromDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A staff account that a directory sign-in created or changed (role, Kita) goes into the audit trail under the
 * account's own name, as record {@code staff_account} with its id: who had which role when stays answerable.
 */
@Component
class DirectoryAccountAudit {

    private final AuditTrail trail;

    DirectoryAccountAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(StaffAccountFromDirectory change) {
        trail.recordAs(change.username(), AuditAction.CHANGE, "staff_account", change.accountId(), change.change());
    }
}
