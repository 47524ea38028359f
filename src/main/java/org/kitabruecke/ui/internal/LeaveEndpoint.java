package org.kitabruecke.ui.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import org.kitabruecke.i18n.LanguageChoice;
import org.kitabruecke.ui.Drafts;
import org.kitabruecke.ui.ShownLinks;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /leave}, sent by the quick-exit button as the page leaves ({@code navigator.sendBeacon}): the portal
 * forgets this browser at once. The server session ends (with what the pages held: answers, code and PIN on the
 * receipt), the stored drafts are deleted, the personal links shown in this session stop working
 * ({@link ShownLinks}), and the browser is told to drop the portal's cookies, storage and cache,
 * so that Back, Forward or a typed address in that browser shows nothing of the family's.
 *
 * <p>It runs before Spring Security: a beacon carries no CSRF token. Only the portal's own pages may ask
 * ({@code Sec-Fetch-Site: same-origin}), so another site cannot log a family out of its draft. Right after
 * {@link SecurityHeaders}, so that its answers carry the same headers as every other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LeaveEndpoint extends OncePerRequestFilter {

    static final String PATH = "/leave";

    private final DraftVault vault;
    private final List<ShownLinks.Revoker> revokers;

    LeaveEndpoint(DraftVault vault, List<ShownLinks.Revoker> revokers) {
        this.vault = vault;
        this.revokers = revokers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && PATH.equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        Arrays.stream(cookies).filter(cookie -> Drafts.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).filter(key -> key.matches("[A-Za-z0-9_-]{43}"))
                .forEach(key -> List.of(Drafts.HELP, Drafts.BOOKING).forEach(kind -> vault.remove(key, kind)));
        HttpSession session = request.getSession(false);
        if (session != null) {
            // a personal link stays in the browser's history: it must show nothing any more
            ShownLinks.shownIn(session).forEach(token -> revokers.forEach(revoker -> revoker.revoke(token)));
            session.invalidate();
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        for (String name : List.of(Drafts.COOKIE, LanguageChoice.COOKIE, "JSESSIONID")) {
            var gone = new Cookie(name, "");
            gone.setPath(path);
            gone.setMaxAge(0);
            response.addCookie(gone);
        }
        response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
