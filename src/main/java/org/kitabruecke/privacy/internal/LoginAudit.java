package org.kitabruecke.privacy.internal;

import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.staff.LoginNames;
import org.kitabruecke.staff.SecondFactors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every staff login, and every failed attempt, goes into the audit trail: a failed one with the account's name, or,
 * when the typed name matches no account (it may be a mistyped password), as "unknown name" and a short hash only.
 */
@Component
class LoginAudit {

    private final AuditTrail trail;
    private final LoginNames names;
    private final SecondFactors secondFactors;

    LoginAudit(AuditTrail trail, LoginNames names, SecondFactors secondFactors) {
        this.trail = trail;
        this.names = names;
        this.secondFactors = secondFactors;
    }

    /** A right password of an account that owes its second factor is no login yet; the code step reports it. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent success) {
        if (secondFactors.owesCode(success.getAuthentication())) {
            return;
        }
        trail.recordAs(success.getAuthentication().getName(), AuditAction.LOGIN, null, null, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        trail.recordAs(names.forTrail(failure.getAuthentication().getName()), AuditAction.LOGIN_FAILED, null, null,
                failure.getException().getClass().getSimpleName());
    }
}
