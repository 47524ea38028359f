package org.kitabruecke.request.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** Which device is asking, for rate limits: its address (as the proxy reports it in production), else the session. */
final class Client {

    private Client() {
    }

    static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session.getBrowser().getAddress())
                .orElseGet(() -> session.getSession().getId());
    }
}
