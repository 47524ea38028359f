package org.kitabruecke.staff.internal;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.kitabruecke.staff.StaffRole;
import org.springframework.security.core.Authentication;

/**
 * After login, a page asked for first wins (Spring's saved request); otherwise each role starts in its own area:
 * Kita staff in {@code /kita}, social workers and admins in the inbox at {@code /staff}.
 */
class RoleHomeAfterLogin extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final Duration idle;
    private final Clock clock;

    RoleHomeAfterLogin(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    /** A staff session ends after {@code idle} without activity, and at the latest after the absolute limit. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) idle.toSeconds());
        session.setAttribute(StaffSessionFilter.LOGIN_AT, clock.instant());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        return "/" + StaffRole.homePath(role -> authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority())));
    }
}
