package org.kitabruecke.request.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.ui.ContactFields;
import org.kitabruecke.ui.PublicLayout;
import org.springframework.beans.factory.annotation.Value;

/**
 * Step 5: how to reach the family. Phone and/or e-mail (at least one), the language to talk in (any language the
 * team can organise, not only those of the portal) and whether an interpreter is needed.
 */
@Route(value = "help/contact", layout = PublicLayout.class)
@AnonymousAllowed
class ContactStep extends HelpStepView {

    private final Translations translations;
    private final ContactFields contact;

    ContactStep(HelpDraft draft, Translations translations,
                @Value("${kitabruecke.contact-languages}") List<String> contactLanguages) {
        super(HelpStep.CONTACT, draft);
        this.translations = translations;
        this.contact = new ContactFields("help", contactLanguages, "help.contact.interpreter.question");
        setContent(question, hint, contact);
    }

    @Override
    protected void showDraft() {
        contact.show(draft.contact());
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.contact.hint"));
        contact.translate(locale, translations.languageOf(locale).code());
    }

    @Override
    protected boolean save() {
        return contact.validate();
    }
}
