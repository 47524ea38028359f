package org.kitabruecke.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session at its next request when its account was deactivated, got another role, or a new password
 * since the session began: the account's {@code sessions_generation} has moved on from the one the session
 * started under. Read from the database on each request of a logged-in staff member (one indexed row), so it holds
 * on every node. A session changing its own password is moved on with it ({@code OwnPassword}).
 */
public class AccountSessionFilter extends OncePerRequestFilter {

    /** The session attribute: the account's generation this session belongs to. */
    public static final String GENERATION = "kitabruecke.staff.generation";

    private final JdbcTemplate jdbc;

    AccountSessionFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            List<Integer> current = jdbc.queryForList(
                    "SELECT sessions_generation FROM staff_account WHERE username = ? AND enabled",
                    Integer.class, authentication.getName());
            Object mine = session.getAttribute(GENERATION);
            if (mine == null && !current.isEmpty()) {
                // the first request after the login: the session belongs to the account as it is now
                session.setAttribute(GENERATION, current.getFirst());
            } else if (current.isEmpty() || !current.getFirst().equals(mine)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
