package org.kitabruecke.booking.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.booking.NewBooking;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.ui.ContactFields;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextInput;
import org.springframework.beans.factory.annotation.Value;

/**
 * Step 4: how to reach the parent (phone and/or e-mail), the language to talk in, whether an interpreter for that
 * language is needed, and optionally a few words on what it is about.
 */
@Route(value = "book/contact", layout = PublicLayout.class)
@AnonymousAllowed
class BookContactStep extends BookStepView {

    private final Translations translations;
    private final ContactFields contact;
    private final TextInput topic = new TextInput("book-topic")
            .attribute("maxlength", String.valueOf(NewBooking.TOPIC_MAX)).attribute("autocomplete", "off");
    private boolean topicError;

    BookContactStep(BookingDraft draft, Translations translations,
                    @Value("${kitabruecke.contact-languages}") List<String> contactLanguages) {
        super(BookStep.CONTACT, draft);
        this.translations = translations;
        this.contact = new ContactFields("book", contactLanguages, "book.contact.interpreter.question");
        topic.input().addValueChangeListener(change -> draft.topic(change.getValue()));
        setContent(question, hint, contact, topic);
    }

    @Override
    protected void showDraft() {
        contact.show(draft.contact());
        topic.setValue(draft.topic());
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("book.contact.hint"));
        contact.translate(locale, translations.languageOf(locale).code());
        topic.setTexts(getTranslation("book.contact.topic.label"),
                getTranslation("book.contact.topic.hint", "max", NewBooking.TOPIC_MAX));
        showTopicError();
    }

    @Override
    protected boolean save() {
        draft.topic(topic.getValue());
        boolean contactOk = contact.validate();
        topicError = topic.getValue().strip().length() > NewBooking.TOPIC_MAX;
        showTopicError();
        if (contactOk && topicError) {
            topic.focus();
        }
        return contactOk && !topicError;
    }

    private void showTopicError() {
        topic.setError(topicError ? getTranslation("book.contact.topic.error", "max", NewBooking.TOPIC_MAX) : null);
    }
}
