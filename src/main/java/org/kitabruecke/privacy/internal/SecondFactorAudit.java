package org.kitabruecke.privacy.internal;

import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.staff.SecondFactorChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every change of a staff account's second factor goes into the audit trail: who did it, to whose account. */
@Component
class SecondFactorAudit {

    private final AuditTrail trail;

    SecondFactorAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SecondFactorChanged changed) {
        AuditAction action = switch (changed.change()) {
            case ENROLLED -> AuditAction.FACTOR_ENROLLED;
            case RESET -> AuditAction.FACTOR_RESET;
            case RECOVERY_CODES_CREATED -> AuditAction.RECOVERY_CODES_NEW;
            case RECOVERY_CODE_USED -> AuditAction.RECOVERY_CODE_USED;
        };
        trail.recordAs(changed.actor(), action, "staff_account", changed.accountId(), changed.account());
    }
}
