package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.NewBooking;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.PhoneNumber;
import org.kitabruecke.ui.ClientAddress;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.QuestionPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check the appointment and book it. If the time was taken meanwhile, the parent is told so and led to choose
 * another time, with every other answer kept.
 */
@Route(value = "book/check", layout = PublicLayout.class)
@AnonymousAllowed
class BookCheckView extends BookStepView {

    private static final Logger LOG = LoggerFactory.getLogger(BookCheckView.class);

    private final Bookings bookings;
    private final Formats formats;
    private final Translations translations;
    private final PortalContacts contacts;
    private final Div summary = new Div();
    private final Paragraph privacy = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Div chooseOther = new Div();
    private @Nullable String problemText;

    BookCheckView(BookingDraft draft, Bookings bookings, Formats formats, Translations translations,
                  PortalContacts contacts) {
        super(BookStep.CHECK, draft);
        this.bookings = bookings;
        this.formats = formats;
        this.translations = translations;
        this.contacts = contacts;
        summary.addClassName("kb-summary");
        problem.setId("book-problem");
        problem.addClassName("kb-problem");
        problem.getElement().setAttribute("role", "alert");
        setContent(question, summary, privacy, problem, chooseOther);
    }

    @Override
    protected void showDraft() {
        problemText = null;
    }

    @Override
    protected void translate(Locale locale) {
        showSummary(locale);
        privacy.setText(getTranslation("book.check.privacy"));
        next.setText(getTranslation("book.check.send"));
        problem.setText(problemText == null ? "" : problemText);
        problem.setVisible(problemText != null);
    }

    @Override
    protected boolean save() {
        return true;
    }

    @Override
    protected void proceed() {
        LocalDateTime slot = Objects.requireNonNull(draft.slot());
        String pageLanguage = translations.languageOf(getLocale()).code();
        String language = Objects.requireNonNullElse(draft.contactLanguage(), pageLanguage);
        BookingResult result;
        try {
            result = bookings.bookFromParent(new NewBooking(Objects.requireNonNull(draft.locationId()), slot,
                    PhoneNumber.parse(draft.phone()).map(PhoneNumber::e164).orElse(null),
                    draft.email().isBlank() ? null : draft.email().strip(), language, pageLanguage,
                    Boolean.TRUE.equals(draft.interpreter()) ? language : null,
                    draft.topic().isBlank() ? null : draft.topic().strip()), ClientAddress.current());
        } catch (RuntimeException failure) {
            LOG.warn("A booking could not be stored: {}", failure.toString());
            fail(getTranslation("book.check.failed", "phone", phone()), false);
            return;
        }
        switch (result) {
            case BookingResult.Booked booked -> {
                String email = draft.email().isBlank() ? null : draft.email().strip();
                draft.booked(new BookingDraft.Done(booked.bookingId(), booked.code().value(), booked.manageToken(),
                        email != null, email));
                getUI().ifPresent(ui -> ui.navigate(BookedView.PATH));
            }
            case BookingResult.SlotFull full -> {
                draft.unanswered(BookStep.TIME);
                fail(getTranslation("book.check.slotTaken"), true);
            }
            case BookingResult.NotBookable notBookable -> {
                draft.unanswered(BookStep.TIME);
                fail(getTranslation("book.check.notBookable", "reason", notBookable.reason().name()), true);
            }
            case BookingResult.TooManyRequests tooMany -> fail(getTranslation("book.check.tooMany", "phone", phone()),
                    false);
        }
    }

    private void fail(String text, boolean otherTime) {
        problemText = text;
        problem.setText(text);
        problem.setVisible(true);
        chooseOther.removeAll();
        if (otherTime) {
            var link = Links.inApp(BookStep.TIME.path());
            link.setId("book-choose-other");
            link.setText(getTranslation("book.check.chooseOther"));
            link.addClassName("kb-button-link");
            chooseOther.add(link);
            next.setVisible(false);
        }
    }

    private String phone() {
        return Formats.phoneNumber(contacts.teamPhone());
    }

    private void showSummary(Locale locale) {
        BookingLocation place = bookings.location(Objects.requireNonNull(draft.locationId())).orElseThrow();
        LocalDateTime slot = Objects.requireNonNull(draft.slot());
        var list = new Element("dl");
        String none = getTranslation("help.check.none");
        row(list, "book.check.place", BookStep.LOCATION,
                place.name() + "\n" + place.street() + ", " + place.postcode() + " " + place.city());
        row(list, "book.check.time", BookStep.TIME, formats.day(slot.toLocalDate(), locale) + "\n"
                + formats.time(slot.toLocalDate(), slot.toLocalTime(), locale));
        row(list, "help.check.phone", BookStep.CONTACT, draft.phone().isBlank() ? none
                : PhoneNumber.parse(draft.phone()).map(p -> Formats.phoneNumber(p.forDialling())).orElse(draft.phone()));
        row(list, "help.check.email", BookStep.CONTACT, draft.email().isBlank() ? none : draft.email().strip());
        String language = Objects.requireNonNullElse(draft.contactLanguage(), locale.getLanguage());
        row(list, "help.check.language", BookStep.CONTACT, getTranslation("flow.languageOption",
                "name", LanguageNames.inLanguageOf(language, locale), "ownName", LanguageNames.own(language)));
        row(list, "help.check.interpreter", BookStep.CONTACT, getTranslation(Boolean.TRUE.equals(draft.interpreter())
                ? "help.contact.interpreter.yes" : "help.contact.interpreter.no"));
        row(list, "book.check.topic", BookStep.CONTACT, draft.topic().isBlank() ? none : draft.topic());
        summary.getElement().removeAllChildren();
        summary.getElement().appendChild(list);
    }

    private void row(Element list, String labelKey, BookStep step, String value) {
        String label = getTranslation(labelKey);
        var change = new Element("a").setAttribute("href", step.path() + "?" + QuestionPage.CHANGE)
                .setAttribute("router-link", true).setAttribute("class", "kb-summary-change")
                .setAttribute("aria-label", getTranslation("help.check.changeWhat", "what", label))
                .setText(getTranslation("help.check.change"));
        var row = new Element("div").setAttribute("class", "kb-summary-row");
        row.appendChild(new Element("dt").setText(label),
                new Element("dd").setAttribute("class", "kb-summary-value kb-summary-multiline").setText(value),
                new Element("dd").setAttribute("class", "kb-summary-action").appendChild(change));
        list.appendChild(row);
    }
}
