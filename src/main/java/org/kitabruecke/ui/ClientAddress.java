package org.kitabruecke.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** Which device is asking, for rate limits: its address (as the proxy reports it in production), else the session. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session.getBrowser().getAddress())
                .orElseGet(() -> session.getSession().getId());
    }
}
