package org.kitabruecke.request.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kitabruecke.ui.ComingSoon;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;

/** Stable address {@code /status}, printed on flyers; the feature itself follows in its own issue. */
@Route(value = "status", layout = PublicLayout.class)
@AnonymousAllowed
class StatusView extends ComingSoon {

    StatusView(PortalContacts contacts) {
        super("status.title", contacts);
    }
}
