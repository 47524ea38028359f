package org.kitabruecke.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two guards around the staff login. Before a login form is checked: too many failed attempts are refused
 * ({@link LoginGuard}). On every request of a logged-in staff member: a session older than the absolute limit
 * ends, however active it was — the idle limit is the session timeout set at login, and Vaadin's
 * {@code closeIdleSessions} keeps an open tab's heartbeat from stretching it.
 */
class StaffSessionFilter extends OncePerRequestFilter {

    static final String LOGIN_AT = "kitabruecke.staff.loginAt";

    private final LoginGuard guard;
    private final Duration absolute;
    private final Clock clock;

    StaffSessionFilter(LoginGuard guard, Duration absolute, Clock clock) {
        this.guard = guard;
        this.absolute = absolute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = Objects.requireNonNullElse(request.getParameter("username"), "");
            if (guard.isLocked(username, request.getRemoteAddr())) {
                guard.refused(username, request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LOGIN_AT) instanceof Instant loginAt
                && loginAt.plus(absolute).isBefore(clock.instant())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
