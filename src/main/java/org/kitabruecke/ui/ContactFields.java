package org.kitabruecke.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;

/**
 * "How do we reach you?" as used by the help request and the booking: phone and/or e-mail (at least one, each
 * checked), the language to talk in, and whether an interpreter is needed. Writes into {@link ContactAnswers} as the
 * parent types; every message is shown at its field and follows the page's language.
 */
public class ContactFields extends Composite<Div> {

    private final TextInput phone;
    private final TextInput email;
    private final LanguageSelect language;
    private final Span interpreterQuestion = new Span();
    private final ChoiceGroup<Boolean> interpreter;
    private final String interpreterQuestionKey;
    private ContactAnswers answers = new ContactAnswers();
    private @Nullable String phoneError;
    private @Nullable String emailError;
    private boolean interpreterError;

    /**
     * @param idPrefix               e.g. {@code help}: fields {@code help-phone}, {@code help-email}, ...
     * @param languages              the languages offered to talk in
     * @param interpreterQuestionKey the question about the interpreter, as the flow puts it
     */
    public ContactFields(String idPrefix, List<String> languages, String interpreterQuestionKey) {
        this.interpreterQuestionKey = interpreterQuestionKey;
        phone = new TextInput(idPrefix + "-phone")
                .attribute("type", "tel").attribute("autocomplete", "tel").attribute("inputmode", "tel")
                .attribute("dir", "ltr").attribute("maxlength", String.valueOf(PhoneNumber.TYPED_MAX));
        email = new TextInput(idPrefix + "-email")
                .attribute("type", "email").attribute("autocomplete", "email").attribute("dir", "ltr")
                .attribute("spellcheck", "false").attribute("maxlength", String.valueOf(EmailAddress.MAX));
        language = new LanguageSelect(idPrefix + "-contact-language", languages);
        interpreter = ChoiceGroup.radios(idPrefix + "-interpreter");
        interpreter.setLegend(interpreterQuestion);
        phone.input().addValueChangeListener(change -> answers.phone(change.getValue()));
        email.input().addValueChangeListener(change -> answers.email(change.getValue()));
        language.addChangeListener(code -> answers.language(code));
        interpreter.addSelectionListener(chosen -> answers.interpreter(chosen.stream().findFirst().orElse(null)));
        getContent().add(phone, email, language, interpreter);
    }

    /** Shows these answers and keeps writing into them. */
    public void show(ContactAnswers shown) {
        this.answers = shown;
        phone.setValue(shown.phone());
        email.setValue(shown.email());
        interpreter.setSelected(Optional.ofNullable(shown.interpreter()).stream().toList());
    }

    /** All texts in the reader's language; the language to talk in starts as the page's language. */
    public void translate(Locale locale, String pageLanguage) {
        phone.setTexts(getTranslation("help.contact.phone.label"), getTranslation("help.contact.phone.hint"));
        email.setTexts(getTranslation("help.contact.email.label"), getTranslation("help.contact.email.hint"));
        language.setTexts(getTranslation("help.contact.language.label"), getTranslation("help.contact.language.hint"));
        language.translate(locale);
        String chosen = answers.languageOr(pageLanguage);
        language.setValue(chosen);
        answers.language(chosen);
        interpreterQuestion.setText(getTranslation(interpreterQuestionKey));
        interpreter.setHint(getTranslation("help.contact.interpreter.hint"));
        interpreter.setItems(List.of(true, false), needed -> ChoiceGroup.Choice.of(getTranslation(needed
                ? "help.contact.interpreter.yes" : "help.contact.interpreter.no")));
        showErrors();
    }

    /** Checks the fields, shows what is wrong at each, moves the focus to the first; true if all is well. */
    public boolean validate() {
        answers.phone(phone.getValue());
        answers.email(email.getValue());
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
