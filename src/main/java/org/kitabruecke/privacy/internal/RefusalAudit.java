package org.kitabruecke.privacy.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.staff.StaffAccessRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every page a staff account was refused goes into the audit trail; an attempt on a family's request names the
 * request (type and id), so that the request's trail shows who tried to read it without the right to.
 */
@Component
class RefusalAudit {

    /** The staff page of one request ({@code inbox.ui.RequestView}); its id is the record's. */
    private static final Pattern REQUEST = Pattern.compile("staff/request/([0-9]{1,18})/?");

    private final AuditTrail trail;

    RefusalAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(StaffAccessRefused refused) {
        Matcher request = REQUEST.matcher(refused.path());
        trail.recordAs(refused.username(), AuditAction.REFUSED, request.matches() ? "help_request" : null,
                request.matches() ? Long.valueOf(request.group(1)) : null, refused.path());
    }
}
