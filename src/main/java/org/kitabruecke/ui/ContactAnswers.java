package org.kitabruecke.ui;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.i18n.Language;

/**
 * How a parent wants to be reached, as typed, while a form is being filled in: phone, e-mail, the language to talk
 * in, whether an interpreter is needed. Part of a flow's draft in the server-side session.
 */
public class ContactAnswers implements Serializable {

    private String phone = "";
    private String email = "";
    private @Nullable String language;
    private @Nullable Boolean interpreter;

    public String phone() {
        return phone;
    }

    public void phone(String typed) {
        phone = typed;
    }

    public String email() {
        return email;
    }

    public void email(String typed) {
        email = typed;
    }

    public @Nullable String language() {
        return language;
    }

    public void language(@Nullable String code) {
        language = code;
    }

    public @Nullable Boolean interpreter() {
        return interpreter;
    }

    public void interpreter(@Nullable Boolean needed) {
        interpreter = needed;
    }

    /** The phone number, if one was typed that can be called. */
    public @Nullable PhoneNumber phoneNumber() {
        return PhoneNumber.parse(phone).orElse(null);
    }

    /** The e-mail address, or {@code null} if none was given; one the form let through wrongly is refused here. */
    public @Nullable EmailAddress emailAddress() {
        return email.isBlank() ? null : new EmailAddress(email.strip());
    }

    /** The e-mail address without surrounding spaces, or {@code null} if none was given. */
    public @Nullable String emailOrNull() {
        return email.isBlank() ? null : email.strip();
    }

    /** The language to talk in, else the page's language. */
    public String languageOr(String pageLanguage) {
        // a parent reading Leichte Sprache is called in German
        return language == null || language.isBlank() ? Language.of(pageLanguage).baseCode() : language;
    }

    public boolean needsInterpreter() {
        return Boolean.TRUE.equals(interpreter);
    }

    public void clear() {
        phone = "";
        email = "";
        language = null;
        interpreter = null;
    }
}
