package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
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
import org.kitabruecke.ui.Focus;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.RenderedPage;
import org.kitabruecke.ui.ShownLinks;

/**
 * {@code /book/manage/<token>}: the personal link from the booking mail. Shows the appointment and lets the parent
 * cancel it — after asking once, since a cancelled place may go to the waiting list at once and cannot be taken
 * back — and says what happens next. The link works until the appointment is over and says kindly when it no
 * longer does. Opened again after cancelling, it shows the cancelled appointment; there is nothing left to cancel.
 */
@Route(value = "book/manage/:token", layout = PublicLayout.class)
@AnonymousAllowed
class ManageBookingView extends RenderedPage implements BeforeEnterObserver {

    /** Where the parent is on this page: looking at the appointment, asked "really cancel?", or just said "no". */
    private enum Step { SHOWN, ASKED, KEPT }

    private final Bookings bookings;
    private final Formats formats;
    private final PortalContacts contacts;
    private String token = "";
    private @Nullable BookingDetails booking;
    private @Nullable CancelResult outcome;
    private Step step = Step.SHOWN;

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
        step = Step.SHOWN;
        booking = bookings.byManageToken(token).orElse(null);
        if (booking != null) {
            ShownLinks.shown(token);
        }
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
            add(focused(notice(getTranslation("book.manage.cancelled"))));
            add(whatNext());
        } else if (booking.status() != BookingStatus.BOOKED || outcome == CancelResult.ALREADY_CANCELLED) {
            add(notice(getTranslation("book.manage.alreadyCancelled")));
            add(whatNext());
        } else if (step == Step.ASKED) {
            add(question(locale));
        } else {
            if (step == Step.KEPT) {
                add(focused(notice(getTranslation("book.manage.kept"))));
            }
            var cancel = button("book-cancel", "book.manage.cancel", () -> ask(Step.ASKED));
            cancel.addClassName("kb-button-danger");
            add(new Paragraph(getTranslation("book.manage.cancelQuestion")), cancel);
        }
    }

    /** "Cancel the appointment on Tuesday, 1 December at 09:00?" — the day and time in the parent's language. */
    private Section question(Locale locale) {
        var question = new H2(getTranslation("book.manage.confirm.question",
                "when", formats.dayAndTime(booking().startsAt(), locale)));
        question.setId("book-cancel-question");
        var yes = button("book-cancel-yes", "book.manage.confirm.yes", this::cancel);
        yes.addClassName("kb-button-danger");
        var no = button("book-cancel-no", "book.manage.confirm.no", () -> ask(Step.KEPT));
        no.addClassName("kb-button-secondary");
        var answers = new Div(yes, no);
        answers.addClassName("kb-confirm-answers");
        var section = new Section(focused(question), new Paragraph(getTranslation("book.manage.confirm.hint")),
                answers);
        section.addClassName("kb-confirm");
        section.getElement().setAttribute("aria-labelledby", question.getId().orElseThrow());
        return section;
    }

    private void ask(Step next) {
        step = next;
        render(getLocale());
    }

    private void cancel() {
        outcome = bookings.cancel(token);
        if (outcome == CancelResult.EXPIRED || outcome == CancelResult.NOT_FOUND) {
            booking = null;
        }
        render(getLocale());
    }

    private BookingDetails booking() {
        if (booking == null) {
            throw new IllegalStateException("No booking to ask about");
        }
        return booking;
    }

    private NativeButton button(String id, String key, Runnable action) {
        var button = new NativeButton(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addClassName("kb-button");
        return button;
    }

    /** What follows a cancellation: the place goes to the waiting list or to everyone; booking again is open. */
    private Component[] whatNext() {
        var next = new UnorderedList(new ListItem(getTranslation("book.manage.next.place")),
                new ListItem(getTranslation("book.manage.next.again")));
        next.addClassName("kb-next-steps");
        return new Component[] {new H2(getTranslation("book.manage.next.title")), next, bookAgain()};
    }

    /**
     * What the parent's tap changed gets the focus, so that the eyes and a screen reader are there at once: the
     * question, or the answer to it. Only after a tap: on arrival the page is read from the top.
     */
    private <C extends Component> C focused(C component) {
        component.getElement().setAttribute("tabindex", "-1");
        return Focus.moveTo(component);
    }

    /** A problem with the link. */
    private Paragraph message(String text) {
        return message(text, "kb-problem");
    }

    /** What became of the appointment. */
    private Paragraph notice(String text) {
        return message(text, "kb-notice");
    }

    private Paragraph message(String text, String look) {
        var message = new Paragraph(text);
        message.setId("book-manage-message");
        message.addClassName(look);
        message.getElement().setAttribute("role", "status");
        return message;
    }

    private Div bookAgain() {
        var link = Links.inApp("book");
        link.setId("book-again");
        link.setText(getTranslation("book.manage.bookAgain"));
        link.addClassName("kb-button-link");
        return new Div(link);
    }
}
