package org.kitabruecke.directory.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kitabruecke.ui.ComingSoon;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;

/** Stable address {@code /contacts}, printed on flyers; the feature itself follows in its own issue. */
@Route(value = "contacts", layout = PublicLayout.class)
@AnonymousAllowed
class ContactsView extends ComingSoon {

    ContactsView(PortalContacts contacts) {
        super("contacts.title", contacts);
    }
}
