package org.kitabruecke.booking.ui;

import org.kitabruecke.booking.Bookings;
import org.kitabruecke.ui.ShownLinks;
import org.springframework.stereotype.Component;

/** Quick exit makes the booking links shown in that browser (confirmation page, opened link) stop working. */
@Component
class ShownManageLinks implements ShownLinks.Revoker {

    private final Bookings bookings;

    ShownManageLinks(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public void revoke(String token) {
        bookings.forgetManageLink(token);
    }
}
