package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.kitabruecke.booking.BookingDetails;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.Receipts;
import org.kitabruecke.ui.ShownLinks;

/**
 * The booking confirmation: code, when, where, how to get there, and the personal link to cancel, shown here too so
 * that parents without e-mail can cancel as well. Arriving from the booking, the focus is on the confirmation, and it
 * can be printed.
 */
@Route(value = BookedView.PATH, layout = PublicLayout.class)
@AnonymousAllowed
class BookedView extends Div
        implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle,
        PrerenderedPage {

    static final String PATH = "book/done";

    private final BookingDraft draft;
    private final Bookings bookings;
    private final Formats formats;

    BookedView(BookingDraft draft, Bookings bookings, Formats formats) {
        this.draft = draft;
        this.bookings = bookings;
        this.formats = formats;
        addClassNames("kb-help", "kb-sent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (draft.done().isEmpty()) {
            event.forwardTo(BookStep.LOCATION.path());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Receipts.focus(this, event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("book.done.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        draft.done().ifPresent(done -> bookings.details(done.bookingId())
                .ifPresent(booking -> render(done, booking, event.getLocale())));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void render(BookingDraft.Done done, BookingDetails booking, Locale locale) {
        var code = new Span(done.code());
        code.setId("book-done-code");
        code.addClassName("kb-code");
        code.getElement().setAttribute("dir", "ltr");
        var label = new Span(getTranslation("book.done.code"));
        label.addClassName("kb-code-label");
        var codeBlock = new Div(label, code);
        codeBlock.addClassName("kb-code-block");
        var panel = new Div(Receipts.heading(getTranslation("book.done.title"), "book-done-title"), codeBlock);
        Appointment.lines(booking, formats, locale, (key, arguments) -> getTranslation(key, arguments))
                .forEach(panel::add);
        panel.add(Receipts.printButton(getTranslation("book.done.print")));
        panel.setId("book-done");
        panel.addClassName("kb-sent-panel");
        add(panel);
        add(new Paragraph(getTranslation("book.done.mail", "mail", done.mailSent() ? "yes" : "no",
                        "email", done.email() == null ? "" : done.email())),
                new Paragraph(getTranslation("book.done.bring")),
                new Paragraph(getTranslation("book.done.manage")));
        ShownLinks.shown(done.manageToken());
        var manage = new Anchor("book/manage/" + done.manageToken(), getTranslation("book.done.manageLink"));
        manage.setId("book-manage-link");
        var home = Links.inApp("");
        home.setText(getTranslation("help.sent.home"));
        var links = new Div(manage, home);
        links.addClassName("kb-sent-links");
        add(links);
    }
}
