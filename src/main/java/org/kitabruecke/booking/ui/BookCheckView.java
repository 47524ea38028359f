package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.NewBooking;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.ui.ClientAddress;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.SummaryList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Check the appointment and book it. If the time was taken meanwhile, the parent is told so and led to choose
 * another time, with every other answer kept. While the parent reads, the browser solves the bot check.
 */
@Route(value = "book/check", layout = PublicLayout.class)
@AnonymousAllowed
class BookCheckView extends BookStepView {

    private static final Logger LOG = LoggerFactory.getLogger(BookCheckView.class);

    private final Bookings bookings;
    private final Formats formats;
    private final Translations translations;
    private final PortalContacts contacts;
    private final Duration kept;
    private final SummaryList summary = new SummaryList();
    private final Paragraph privacy = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Div chooseOther = new Div();
    private final BotCheckGate botCheck;
    private @Nullable String problemText;

    BookCheckView(BookingDraft draft, Bookings bookings, Formats formats, Translations translations,
                  PortalContacts contacts, @Value("${kitabruecke.retention.booking-after:P30D}") Duration kept,
                  Clock clock) {
        super(BookStep.CHECK, draft);
        this.botCheck = new BotCheckGate(() -> bookings.newBotCheck(ClientAddress.current()), clock);
        this.bookings = bookings;
        this.formats = formats;
        this.translations = translations;
        this.contacts = contacts;
        this.kept = kept;
        privacy.setId("book-privacy");
        problem.setId("book-problem");
        problem.addClassName("kb-problem");
        problem.getElement().setAttribute("role", "alert");
        setContent(question, summary, privacy, problem, chooseOther, botCheck.component());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        botCheck.start();
    }

    @Override
    protected void showDraft() {
        problemText = null;
    }

    @Override
    protected void translate(Locale locale) {
        showSummary(locale);
        var notice = Links.pageLoad("privacy");
        notice.setId("book-privacy-link");
        notice.setText(getTranslation("privacy.notice.consentLink"));
        privacy.removeAll();
        privacy.add(new Text(getTranslation("book.check.privacy", "duration", Formats.duration(kept, locale)) + " "),
                notice);
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
        if (draft.slot() == null && draft.done().isPresent()) {
            // a second tap on "book" (or one queued while the first was stored): booked once, show the booking
            getUI().ifPresent(ui -> Links.replace(ui, BookedView.PATH));
            return;
        }
        next.getElement().setAttribute("aria-busy", String.valueOf(!botCheck.attempt(this::book)));
    }

    private void book(BotCheck check, long answer) {
        next.getElement().setAttribute("aria-busy", "false");
        if (draft.slot() == null) {
            return;
        }
        LocalDateTime slot = Objects.requireNonNull(draft.slot());
        String pageLanguage = translations.languageOf(getLocale()).code();
        var contact = draft.contact();
        String language = contact.languageOr(pageLanguage);
        BookingResult result;
        try {
            result = bookings.bookFromParent(new NewBooking(Objects.requireNonNull(draft.locationId()), slot,
                    contact.phoneNumber(), contact.emailAddress(), ContactLanguage.of(language), pageLanguage,
                    contact.needsInterpreter() ? language : null,
                    draft.topic().isBlank() ? null : draft.topic().strip()), check, answer, ClientAddress.current());
        } catch (RuntimeException failure) {
            LOG.warn("A booking could not be stored: {}", failure.toString());
            fail(getTranslation("book.check.failed", "phone", phone()), false);
            return;
        }
        switch (result) {
            case BookingResult.Booked booked -> {
                String email = contact.emailOrNull();
                draft.booked(new BookingDraft.Done(booked.bookingId(), booked.code().value(), booked.manageToken(),
                        email != null, email));
                getUI().ifPresent(ui -> Links.replace(ui, BookedView.PATH));
            }
            case BookingResult.SlotFull full -> {
                draft.steps().unanswered(BookStep.TIME);
                fail(getTranslation("book.check.slotTaken"), true);
            }
            case BookingResult.NotBookable notBookable -> {
                draft.steps().unanswered(BookStep.TIME);
                fail(getTranslation("book.check.notBookable", "reason", notBookable.reason().name()), true);
            }
            case BookingResult.BotCheckFailed failed -> fail(getTranslation("help.check.botCheckFailed"), false);
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
            var link = Links.pageLoad(BookStep.TIME.path());
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
        summary.clear();
        summary.add(getTranslation("book.check.place"),
                place.name() + "\n" + place.address().oneLine(),
                BookStep.LOCATION.path(), true);
        summary.add(getTranslation("book.check.time"), formats.day(slot.toLocalDate(), locale) + "\n"
                + formats.time(slot.toLocalDate(), slot.toLocalTime(), locale), BookStep.TIME.path(), true);
        summary.addContact(draft.contact(), locale, translations.languageOf(locale).code(), BookStep.CONTACT.path());
        summary.add(getTranslation("book.check.topic"), draft.topic().isBlank() ? getTranslation("help.check.none")
                : draft.topic(), BookStep.CONTACT.path(), false);
    }
}
