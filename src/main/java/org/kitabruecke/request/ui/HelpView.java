package org.kitabruecke.request.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kitabruecke.ui.ComingSoon;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;

/** Stable address {@code /help}, printed on flyers; the feature itself follows in its own issue. */
@Route(value = "help", layout = PublicLayout.class)
@AnonymousAllowed
class HelpView extends ComingSoon {

    HelpView(PortalContacts contacts) {
        super("help.title", contacts);
    }
}
