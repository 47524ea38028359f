package org.kitabruecke.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Personal links — a token in the address that shows a family's data to whoever has it, like a booking's link to
 * cancel — that a page showed in this browser. Such an address stays in the browser's history, where quick exit
 * cannot reach; so quick exit makes the links this browser was shown stop working ({@link Revoker}), and typing or
 * choosing them again shows nothing. The family keeps the other links, e.g. the one in their mail if not opened here.
 */
public final class ShownLinks {

    private static final String ATTRIBUTE = ShownLinks.class.getName();

    /** Makes a module's personal link stop working for good; a token it does not know is left alone. */
    public interface Revoker {
        void revoke(String token);
    }

    private ShownLinks() {
    }

    /** Remembers, for the server session of the page being built, that it showed this personal link. */
    public static void shown(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        @Nullable WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return;
        }
        List<String> tokens = new ArrayList<>(of(wrapped.getAttribute(ATTRIBUTE)));
        if (!tokens.contains(token)) {
            tokens.add(token);
            wrapped.setAttribute(ATTRIBUTE, tokens);
        }
    }

    /** The personal links shown during this server session. */
    public static List<String> shownIn(HttpSession session) {
        return of(session.getAttribute(ATTRIBUTE));
    }

    private static List<String> of(@Nullable Object attribute) {
        if (attribute instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
