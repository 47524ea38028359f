package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.Waitlist;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.ui.ClientAddress;
import org.kitabruecke.ui.LanguageSelect;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextInput;
import org.springframework.beans.factory.annotation.Value;

/** {@code /book/waitlist/<day>}: join the waiting list of a fully booked day at the place chosen before. */
@Route(value = WaitlistView.PATH + "/:day", layout = PublicLayout.class)
@AnonymousAllowed
class WaitlistView extends Div
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    static final String PATH = "book/waitlist";

    private final Waitlist waitlist;
    private final BookingDraft draft;
    private final Formats formats;
    private final Translations translations;
    private final PortalContacts contacts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextInput email = new TextInput("waitlist-email")
            .attribute("type", "email").attribute("autocomplete", "email").attribute("dir", "ltr")
            .attribute("maxlength", String.valueOf(EmailAddress.MAX));
    private final LanguageSelect language;
    private final NativeButton join = new NativeButton();
    private final Paragraph answer = new Paragraph();
    private @Nullable LocalDate day;
    private Waitlist.@Nullable JoinResult result;
    private final BotCheckGate botCheck;

    WaitlistView(Waitlist waitlist, BookingDraft draft, Formats formats, Translations translations,
                 PortalContacts contacts, @Value("${kitabruecke.contact-languages}") List<String> languages,
                 Clock clock) {
        this.botCheck = new BotCheckGate(() -> waitlist.newBotCheck(ClientAddress.current()), clock);
        this.waitlist = waitlist;
        this.draft = draft;
        this.formats = formats;
        this.translations = translations;
        this.contacts = contacts;
        this.language = new LanguageSelect("waitlist-language", languages);
        addClassNames("kb-help", "kb-form");
        join.setId("waitlist-join");
        join.addClassName("kb-button");
        join.addClickListener(click -> join());
        answer.setId("waitlist-answer");
        answer.getElement().setAttribute("role", "status");
        add(title, intro, email, language, join, answer, botCheck.component());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        botCheck.start();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            day = LocalDate.parse(event.getRouteParameters().get("day").orElse(""));
        } catch (DateTimeParseException notADay) {
            day = null;
        }
        if (day == null || draft.locationId() == null) {
            event.forwardTo(BookStep.LOCATION.path());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", title.getText());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(day == null ? "" : getTranslation("book.waitlist.title", "day", formats.day(day, locale)));
        intro.setText(getTranslation("book.waitlist.intro", "hours", waitlist.hold().toHours()));
        email.setTexts(getTranslation("help.contact.email.label"), getTranslation("help.contact.email.hint"));
        language.setTexts(getTranslation("help.contact.language.label"), getTranslation("help.contact.language.hint"));
        language.translate(locale);
        if (language.getValue().isBlank()) {
            language.setValue(translations.languageOf(locale).baseCode());
        }
        join.setText(getTranslation("book.waitlist.join"));
        showResult();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void join() {
        join.getElement().setAttribute("aria-busy", String.valueOf(!botCheck.attempt(this::join)));
    }

    private void join(BotCheck check, long solution) {
        join.getElement().setAttribute("aria-busy", "false");
        if (day == null || draft.locationId() == null) {
            return;
        }
        String page = translations.languageOf(getLocale()).code();
        result = waitlist.join(draft.locationId(), day, email.getValue(),
                language.getValue().isBlank() ? translations.languageOf(getLocale()).baseCode() : language.getValue(), page,
                check, solution, ClientAddress.current());
        showResult();
    }

    private void showResult() {
        email.setError(result == Waitlist.JoinResult.INVALID_EMAIL
                ? getTranslation("help.contact.email.error") : null);
        answer.removeAll();
        if (result == null || result == Waitlist.JoinResult.INVALID_EMAIL) {
            return;
        }
        answer.setText(switch (result) {
            case ON_THE_LIST -> getTranslation("book.waitlist.confirmed", "email", email.getValue().strip());
            case NOT_FULL -> getTranslation("book.waitlist.notFull");
            case TOO_MANY -> getTranslation("book.check.tooMany", "phone", Formats.phoneNumber(contacts.teamPhone()));
            case BOT_CHECK_FAILED -> getTranslation("help.check.botCheckFailed");
            case INVALID_EMAIL -> "";
        });
        if (result == Waitlist.JoinResult.NOT_FULL) {
            var book = Links.inApp(BookStep.DAY.path());
            book.setText(getTranslation("book.manage.bookAgain"));
            answer.add(new Span(" "), book);
        }
        join.setVisible(result != Waitlist.JoinResult.ON_THE_LIST);
    }
}
