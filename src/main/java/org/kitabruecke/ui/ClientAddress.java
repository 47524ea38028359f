package org.kitabruecke.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.kitabruecke.AddressKey;

/**
 * Which connection is asking, for rate limits: its address (as the proxy reports it in production) as an
 * {@link AddressKey} (IPv6 by its /64 prefix), else the session.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session.getBrowser().getAddress()).map(AddressKey::of)
                .orElseGet(() -> session.getSession().getId());
    }
}
