package org.kitabruecke.ui.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's own protections, on every response of the portal: pages, Vaadin's requests, static files, errors
 * and {@code POST /leave}. It runs first of all filters, before the quick exit and Spring Security answer, and sets
 * everything before anything else can commit the response. See decision 0017 for each header.
 *
 * <p>Each response gets a fresh nonce; only inline scripts that carry it may run ({@link InlineScripts} puts it on
 * every script of a page). {@code 'unsafe-eval'}: Vaadin's client turns what the server sends ({@code executeJs},
 * event data) into functions with {@code new Function}. {@code style-src 'unsafe-inline'}: Vaadin and its components
 * set {@code style} attributes, and our stylesheet is written into the page. {@code data:} images and fonts: Lumo's
 * icons and its icon font are written into its stylesheets.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    /** The request attribute with the nonce of this request's response, for the inline scripts of its page. */
    static final String NONCE = SecurityHeaders.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "autoplay=()", "bluetooth=()", "browsing-topics=()", "camera=()",
            "display-capture=()", "encrypted-media=()", "geolocation=()", "gyroscope=()", "hid=()",
            "identity-credentials-get=()", "idle-detection=()", "local-fonts=()", "magnetometer=()",
            "microphone=()", "midi=()", "otp-credentials=()", "payment=()", "picture-in-picture=()",
            "publickey-credentials-create=()", "publickey-credentials-get=()", "screen-wake-lock=()", "serial=()",
            "storage-access=()", "usb=()", "window-management=()", "xr-spatial-tracking=()");

    static String contentSecurityPolicy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        // nothing about the portal travels to other sites, not even to the quick-exit page
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cache-Control", NO_STORE);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new NoStore(response));
    }

    /**
     * Pages and Vaadin's answers can show a family's data: kept in no cache, not even the browser's. Vaadin marks
     * its answers {@code no-cache} (stored, but asked again before use); that becomes {@code no-store}. Static files
     * (VAADIN/build, icons) keep the long caching Vaadin gives them: a phone loads the client once.
     */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, stricter(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        private static String stricter(String name, String value) {
            return CACHE_CONTROL.equalsIgnoreCase(name) && value.contains("no-cache") ? NO_STORE : value;
        }
    }

    /** The error page a failed request is forwarded to gets its own nonce, should it carry scripts. */
    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }
}
