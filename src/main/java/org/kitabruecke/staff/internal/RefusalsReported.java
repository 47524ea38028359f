package org.kitabruecke.staff.internal;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import org.kitabruecke.staff.StaffAccessRefused;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Decides as Vaadin does by default, and reports each page a logged-in account was refused, so that an attempt to
 * open a family's request without the right to is in the audit trail. Visitors without a login are not reported:
 * they are sent to the login page, and any bot could fill the trail that way.
 */
final class RefusalsReported implements AccessCheckDecisionResolver {

    private final AccessCheckDecisionResolver vaadin = new DefaultAccessCheckDecisionResolver();
    private final transient ApplicationEventPublisher events;

    RefusalsReported(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult result = vaadin.resolve(results, context);
        if (result.decision() == AccessCheckDecision.DENY && context.getPrincipal() != null
                && context.isNavigating() && !context.isErrorHandling()) {
            events.publishEvent(new StaffAccessRefused(context.getPrincipal().getName(),
                    context.getLocation().getPath()));
        }
        return result;
    }
}
