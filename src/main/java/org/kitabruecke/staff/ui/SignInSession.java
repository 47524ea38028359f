package org.kitabruecke.staff.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kitabruecke.staff.internal.PendingSignIn;
import org.kitabruecke.staff.internal.SecondFactorRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The HTTP session's side of the code step: the password's {@link PendingSignIn}, and the moment the code makes the
 * session signed in (a new session id, the password's roles plus the factor authority {@code FACTOR_TOTP}).
 */
final class SignInSession {

    private SignInSession() {
    }

    static Optional<PendingSignIn> pending() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? Optional.empty()
                : Optional.ofNullable(session.getSession().getAttribute(PendingSignIn.ATTRIBUTE))
                        .filter(PendingSignIn.class::isInstance).map(PendingSignIn.class::cast);
    }

    /** The connection's address, as the login lockout counts it. */
    static String address() {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    /**
     * Signs the session in with the password's authentication and the second factor; returns where to go: the page
     * asked for before the login, or the role's home.
     */
    static String complete(PendingSignIn pending, Clock clock, ApplicationEventPublisher events) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        List<GrantedAuthority> authorities = new ArrayList<>(pending.password().getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorRule.TOTP_FACTOR).issuedAt(clock.instant())
                .build());
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(pending.password().getPrincipal(), null,
                authorities);
        signedIn.setDetails(pending.password().getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        var session = request.getSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(signedIn, SignInSession.class));
        return pending.target();
    }

    /** Forgets the password step (cancel, or locked out). */
    static void abandon() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        }
    }
}
