package org.kitabruecke.privacy.internal;

import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every staff login, and every failed attempt (with the name that was tried), goes into the audit trail. */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent success) {
        trail.recordAs(success.getAuthentication().getName(), AuditAction.LOGIN, null, null, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        trail.recordAs(failure.getAuthentication().getName(), AuditAction.LOGIN_FAILED, null, null,
                failure.getException().getClass().getSimpleName());
    }
}
