package org.kitabruecke.staff.internal;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.kitabruecke.staff.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After login, a page asked for first wins (Spring's saved request); otherwise each role starts in its own area:
 * Kita staff in {@code /kita}, social workers and admins in the inbox at {@code /staff}. An account that owes a
 * second factor ({@link SecondFactorRule}) is not signed in by its password: it goes to the code step
 * {@code /login/code} as a {@link PendingSignIn}, and only the code makes the session its own.
 */
class RoleHomeAfterLogin extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final Duration idle;
    private final Clock clock;
    private final SecondFactorRule secondFactor;

    RoleHomeAfterLogin(Duration idle, Clock clock, SecondFactorRule secondFactor) {
        this.idle = idle;
        this.clock = clock;
        this.secondFactor = secondFactor;
    }

    /** A staff session ends after {@code idle} without activity, and at the latest after the absolute limit. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) idle.toSeconds());
        session.setAttribute(StaffSessionFilter.LOGIN_AT, clock.instant());
        if (secondFactor.owesCode(authentication)) {
            // the login filter has already saved the password's authentication in the session: take it back
            SecurityContextHolder.clearContext();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            String target = targetAfterCode(request, response, authentication);
            session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(authentication, clock.instant(), target));
            clearAuthenticationAttributes(request);
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * Where the password alone would have gone (the saved page, else the role's home), without going there yet: the
     * code step sends the browser on once the code is right.
     */
    private String targetAfterCode(HttpServletRequest request, HttpServletResponse response,
                                   Authentication authentication) throws ServletException, IOException {
        var redirect = new AtomicReference<String>();
        super.onAuthenticationSuccess(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) {
                redirect.set(location);
            }
        }, authentication);
        String target = redirect.get();
        return target == null ? determineTargetUrl(request, response, authentication) : target;
    }

    /**
     * The page Vaadin's navigation had to send to the login (it names it in the {@code Saved-url} header, as its own
     * handler reads it), otherwise the role's home.
     */
    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        String saved = response.getHeader(getTargetUrlParameter());
        if (saved != null && !saved.isBlank()) {
            return saved;
        }
        return "/" + StaffRole.homePath(role -> authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority())));
    }
}
