package org.kitabruecke.booking.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kitabruecke.ui.ComingSoon;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;

/** Stable address {@code /book}, printed on flyers; the feature itself follows in its own issue. */
@Route(value = "book", layout = PublicLayout.class)
@AnonymousAllowed
class BookView extends ComingSoon {

    BookView(PortalContacts contacts) {
        super("book.title", contacts);
    }
}
