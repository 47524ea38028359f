package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingDetails;
import org.kitabruecke.booking.BookingStatus;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.CancelResult;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.RenderedPage;

/**
 * {@code /book/manage/<token>}: the personal link from the booking mail. Shows the appointment and lets the parent
 * cancel it; the link works until the appointment is over and says kindly when it no longer does.
 */
@Route(value = "book/manage/:token", layout = PublicLayout.class)
@AnonymousAllowed
class ManageBookingView extends RenderedPage implements BeforeEnterObserver {

    private final Bookings bookings;
    private final Formats formats;
    private final PortalContacts contacts;
    private String token = "";
    private @Nullable BookingDetails booking;
    private @Nullable CancelResult outcome;

    ManageBookingView(Bookings bookings, Formats formats, PortalContacts contacts) {
        this.bookings = bookings;
        this.formats = formats;
        this.contacts = contacts;
        addClassNames("kb-help", "kb-manage");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        outcome = null;
        booking = bookings.byManageToken(token).orElse(null);
    }

    @Override
    protected String titleText() {
        return getTranslation("book.manage.title");
    }

    @Override
    protected void render(Locale locale) {
        removeAll();
        add(new H1(getTranslation("book.manage.title")));
        if (booking == null) {
            add(message(getTranslation("book.manage.invalid", "phone", Formats.phoneNumber(contacts.teamPhone()))),
                    bookAgain());
            return;
        }
        var details = new Div(new Paragraph(getTranslation("book.manage.code", "code", booking.code().value())));
        Appointment.lines(booking, formats, locale, (key, arguments) -> getTranslation(key, arguments))
                .forEach(details::add);
        details.addClassName("kb-sent-panel");
        add(details);
        if (outcome == CancelResult.CANCELLED) {
            add(message(getTranslation("book.manage.cancelled")), bookAgain());
        } else if (booking.status() != BookingStatus.BOOKED || outcome == CancelResult.ALREADY_CANCELLED) {
            add(message(getTranslation("book.manage.alreadyCancelled")), bookAgain());
        } else {
            var cancel = new NativeButton(getTranslation("book.manage.cancel"), click -> cancel());
            cancel.setId("book-cancel");
            cancel.addClassNames("kb-button", "kb-button-danger");
            add(new Paragraph(getTranslation("book.manage.cancelQuestion")), cancel);
        }
    }

    private void cancel() {
        outcome = bookings.cancel(token);
        if (outcome == CancelResult.EXPIRED || outcome == CancelResult.NOT_FOUND) {
            booking = null;
        }
        render(getLocale());
    }

    private Paragraph message(String text) {
        var message = new Paragraph(text);
        message.setId("book-manage-message");
        message.addClassName("kb-problem");
        message.getElement().setAttribute("role", "status");
        return message;
    }

    private Div bookAgain() {
        var link = Links.inApp("book");
        link.setText(getTranslation("book.manage.bookAgain"));
        link.addClassName("kb-button-link");
        return new Div(link);
    }
}
