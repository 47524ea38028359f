package org.kitabruecke.staff.internal;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kitabruecke.staff.StaffRole;
import org.springframework.security.core.Authentication;

/**
 * After login, a page asked for first wins (Spring's saved request); otherwise each role starts in its own area:
 * Kita staff in {@code /kita}, social workers and admins in the inbox at {@code /staff}.
 */
class RoleHomeAfterLogin extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        return "/" + StaffRole.homePath(role -> authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority())));
    }
}
