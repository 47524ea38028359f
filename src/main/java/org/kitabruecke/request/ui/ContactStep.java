package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.request.EmailAddress;
import org.kitabruecke.request.PhoneNumber;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.LanguageSelect;
import org.kitabruecke.ui.TextInput;
import org.springframework.beans.factory.annotation.Value;

/**
 * Step 5: how to reach the family. Phone and/or e-mail (at least one), the language to talk in (any language the
 * team can organise, not only those of the portal) and whether an interpreter is needed.
 */
@Route(value = "help/contact", layout = PublicLayout.class)
@AnonymousAllowed
class ContactStep extends HelpStepView {

    private final Translations translations;
    private final TextInput phone = new TextInput("help-phone")
            .attribute("type", "tel").attribute("autocomplete", "tel").attribute("inputmode", "tel")
            .attribute("dir", "ltr").attribute("maxlength", String.valueOf(PhoneNumber.TYPED_MAX));
    private final TextInput email = new TextInput("help-email")
            .attribute("type", "email").attribute("autocomplete", "email").attribute("dir", "ltr")
            .attribute("spellcheck", "false").attribute("maxlength", String.valueOf(EmailAddress.MAX));
    private final LanguageSelect language;
    private final ChoiceGroup<Boolean> interpreter = ChoiceGroup.radios("help-interpreter");
    private final Span interpreterQuestion = new Span();
    private @Nullable String phoneError;
    private @Nullable String emailError;
    private boolean interpreterError;

    ContactStep(HelpDraft draft, Translations translations,
                @Value("${kitabruecke.contact-languages}") List<String> contactLanguages) {
        super(HelpStep.CONTACT, draft);
        this.translations = translations;
        this.language = new LanguageSelect("help-contact-language", contactLanguages);
        phone.input().addValueChangeListener(change -> draft.phone(change.getValue()));
        email.input().addValueChangeListener(change -> draft.email(change.getValue()));
        interpreter.setLegend(interpreterQuestion);
        interpreter.addSelectionListener(chosen -> draft.interpreter(chosen.stream().findFirst().orElse(null)));
        language.addChangeListener(draft::contactLanguage);
        setContent(question, hint, phone, email, language, interpreter);
    }

    @Override
    protected void showDraft() {
        phone.setValue(draft.phone());
        email.setValue(draft.email());
        interpreter.setSelected(Optional.ofNullable(draft.interpreter()).stream().toList());
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.contact.hint"));
        phone.setTexts(getTranslation("help.contact.phone.label"), getTranslation("help.contact.phone.hint"));
        email.setTexts(getTranslation("help.contact.email.label"), getTranslation("help.contact.email.hint"));
        language.setTexts(getTranslation("help.contact.language.label"), getTranslation("help.contact.language.hint"));
        language.translate(locale);
        String chosen = Optional.ofNullable(draft.contactLanguage())
                .orElse(translations.languageOf(locale).code());
        language.setValue(chosen);
        draft.contactLanguage(chosen);
        interpreterQuestion.setText(getTranslation("help.contact.interpreter.question"));
        interpreter.setHint(getTranslation("help.contact.interpreter.hint"));
        interpreter.setItems(List.of(true, false), needed -> Choice.of(getTranslation(needed
                ? "help.contact.interpreter.yes" : "help.contact.interpreter.no")));
        showErrors();
    }

    @Override
    protected boolean save() {
        draft.phone(phone.getValue());
        draft.email(email.getValue());
        boolean noPhone = phone.getValue().isBlank();
        boolean noEmail = email.getValue().isBlank();
        phoneError = noPhone && noEmail ? "help.contact.missing"
                : !noPhone && PhoneNumber.parse(phone.getValue()).isEmpty() ? "help.contact.phone.error" : null;
        emailError = !noEmail && EmailAddress.parse(email.getValue()).isEmpty() ? "help.contact.email.error" : null;
        interpreterError = interpreter.getSelectedItem().isEmpty();
        showErrors();
        if (phoneError != null) {
            phone.focus();
        } else if (emailError != null) {
            email.focus();
        } else if (interpreterError) {
            interpreter.focus();
        }
        return phoneError == null && emailError == null && !interpreterError;
    }

    private void showErrors() {
        phone.setError(phoneError == null ? null : getTranslation(phoneError));
        email.setError(emailError == null ? null : getTranslation(emailError));
        interpreter.setError(interpreterError ? getTranslation("help.contact.interpreter.error") : null);
    }
}
