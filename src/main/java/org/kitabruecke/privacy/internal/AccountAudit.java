package org.kitabruecke.privacy.internal;

import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.staff.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every change to a staff account goes into the audit trail in the same transaction as the change: who did it, to
 * which account (record {@code staff_account} and its id; the detail names the account), what.
 */
@Component
class AccountAudit {

    private final AuditTrail trail;

    AccountAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AccountChanged changed) {
        String detail = changed.change() + " " + changed.username()
                + (changed.detail().isEmpty() ? "" : ": " + changed.detail());
        trail.recordFor(changed.actor(), AuditAction.ACCOUNT, "staff_account", changed.accountId(), detail);
    }
}
