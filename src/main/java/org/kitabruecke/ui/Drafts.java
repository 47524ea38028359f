package org.kitabruecke.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.ui.internal.DraftVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Keeps a parent's unsent answers in MariaDB for the draft's lifetime (30 minutes after the last answer), so that a
 * restart or redeploy in the middle of a flow loses nothing: the parent reloads and goes on at the same step. The
 * browser holds a random key in a cookie; the database holds only a hash of it and the answers encrypted with it.
 * A draft is forgotten when sent, on quick exit, and when it expires.
 */
@Service
public class Drafts {

    public static final String COOKIE = "kb-draft";
    /** The kinds of drafts: the help request and the booking. */
    public static final String HELP = "help";
    public static final String BOOKING = "book";
    private static final String SESSION_KEY = Drafts.class.getName() + ".key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DraftVault vault;
    private final Clock clock;
    private final Duration lifetime;

    Drafts(DraftVault vault, Clock clock, @Value("${kitabruecke.drafts.lifetime:PT30M}") Duration lifetime) {
        this.vault = vault;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Puts the answers kept for this browser into {@code draft}, if there are any and they have not expired. */
    public <T extends Serializable> void restore(String kind, T draft) {
        key(false).flatMap(key -> vault.open(key, kind, clock.instant()))
                .filter(draft.getClass()::isInstance)
                .ifPresent(saved -> copyFields(saved, draft));
    }

    public void keep(String kind, Serializable draft) {
        key(true).ifPresent(key -> vault.seal(key, kind, draft, clock.instant().plus(lifetime)));
    }

    public void forget(String kind) {
        key(false).ifPresent(key -> vault.remove(key, kind));
    }

    /** The key of this browser's drafts: from the session, else from the cookie, else (if asked to) a new one. */
    private Optional<String> key(boolean create) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object known = session.getAttribute(SESSION_KEY);
        if (known instanceof String key) {
            return Optional.of(key);
        }
        String key = fromCookie(VaadinRequest.getCurrent());
        if (key == null && create) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            setCookie(key);
        }
        if (key != null) {
            session.setAttribute(SESSION_KEY, key);
        }
        return Optional.ofNullable(key);
    }

    private static @Nullable String fromCookie(@Nullable VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.matches("[A-Za-z0-9_-]{43}"))
                .findFirst().orElse(null);
    }

    private static void setCookie(String key) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null) {
            return;
        }
        // a session cookie: it goes when the browser is closed; the server forgets the draft after its lifetime
        var cookie = new Cookie(COOKIE, key);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Copies the answers of a draft read back into the session's draft (a bean whose other fields stay). */
    private static void copyFields(Object from, Object to) {
        try {
            for (Class<?> type = to.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    field.setAccessible(true);
                    field.set(to, field.get(from));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("A draft could not be restored", e);
        }
    }
}
