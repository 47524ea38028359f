package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.request.Pin;
import org.kitabruecke.request.ReferenceCode;
import org.kitabruecke.request.StatusLookup;
import org.kitabruecke.ui.ClientAddress;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextInput;

/**
 * {@code /status}: a family enters reference code and PIN and sees the state of its request in its language, and
 * nothing else. A wrong code and a wrong PIN get the same answer; attempts are limited.
 */
@Route(value = "status", layout = PublicLayout.class)
@AnonymousAllowed
class StatusView extends Div implements LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    private final HelpRequests requests;
    private final Formats formats;
    private final PortalContacts contacts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextInput code = new TextInput("status-code")
            .attribute("autocomplete", "off").attribute("autocapitalize", "characters")
            .attribute("spellcheck", "false").attribute("maxlength", "20").attribute("dir", "ltr");
    private final TextInput pin = new TextInput("status-pin")
            .attribute("autocomplete", "off").attribute("inputmode", "numeric").attribute("maxlength", "12")
            .attribute("dir", "ltr");
    private final NativeButton show = new NativeButton();
    private final Div answer = new Div();
    private @Nullable StatusLookup lastAnswer;

    StatusView(HelpRequests requests, Formats formats, PortalContacts contacts) {
        this.requests = requests;
        this.formats = formats;
        this.contacts = contacts;
        addClassName("kb-status");
        show.addClassName("kb-button");
        show.setId("status-submit");
        show.addClickListener(click -> lookUp());
        answer.addClassName("kb-answer");
        answer.getElement().setAttribute("role", "status");
        answer.getElement().setAttribute("aria-live", "polite");
        add(title, intro, code, pin, show, answer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("status.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("status.title"));
        intro.setText(getTranslation("status.intro"));
        code.setTexts(getTranslation("status.code.label"), getTranslation("status.code.hint"));
        pin.setTexts(getTranslation("status.pin.label"), getTranslation("status.pin.hint"));
        show.setText(getTranslation("status.submit"));
        // messages already shown follow the language too
        if (code.getError() != null || pin.getError() != null) {
            validate();
        }
        showAnswer(event.getLocale());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void lookUp() {
        lastAnswer = null;
        if (validate()) {
            lastAnswer = requests.status(code.getValue(), pin.getValue(), ClientAddress.current());
        }
        showAnswer(getLocale());
    }

    /** Checks the form of both entries and says at each field what is wrong; keeps what was typed. */
    private boolean validate() {
        boolean codeOk = ReferenceCode.parse(code.getValue()).isPresent();
        boolean pinOk = Pin.parse(pin.getValue()).isPresent();
        code.setError(codeOk ? null : getTranslation("status.code.error"));
        pin.setError(pinOk ? null : getTranslation("status.pin.error"));
        return codeOk && pinOk;
    }

    private void showAnswer(Locale locale) {
        answer.removeAll();
        if (lastAnswer == null) {
            return;
        }
        String text = switch (lastAnswer) {
            case StatusLookup.Found found when found.appointmentAt() != null -> getTranslation(
                    "status.result." + found.status().name(), "hasDate", "yes",
                    "day", formats.day(found.appointmentAt().toLocalDate(), locale),
                    "time", formats.time(found.appointmentAt().toLocalDate(),
                            found.appointmentAt().toLocalTime(), locale));
            case StatusLookup.Found found -> getTranslation("status.result." + found.status().name(),
                    "hasDate", "no", "day", "", "time", "");
            case StatusLookup.NotFound notFound -> getTranslation("status.notFound");
            case StatusLookup.TooManyAttempts tooMany -> getTranslation("status.tooMany",
                    "phone", Formats.phoneNumber(contacts.teamPhone()));
        };
        var message = new Paragraph(text);
        message.addClassName(lastAnswer instanceof StatusLookup.Found ? "kb-answer-found" : "kb-answer-other");
        answer.add(message);
    }
}
