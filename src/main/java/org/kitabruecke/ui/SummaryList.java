package org.kitabruecke.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;

/**
 * "Check your answers" (GOV.UK): one row per answer, with a "change" link that opens the question and returns
 * here. What a parent typed is shown as text, never as HTML.
 */
public class SummaryList extends Composite<Div> {

    private final Element list = new Element("dl");

    public SummaryList() {
        getContent().addClassName("kb-summary");
        getContent().getElement().appendChild(list);
    }

    public void clear() {
        list.removeAllChildren();
    }

    /** A row; {@code changePath} is the question's page, opened with {@code ?change}. */
    public void add(String label, String value, String changePath, boolean multiline) {
        var change = new Element("a")
                .setAttribute("href", changePath + "?" + QuestionPage.CHANGE)
                .setAttribute("class", "kb-summary-change")
                .setAttribute("aria-label", getTranslation("help.check.changeWhat", "what", label))
                .setText(getTranslation("help.check.change"));
        var valueElement = new Element("dd").setAttribute("class", "kb-summary-value").setText(value);
        if (multiline) {
            valueElement.getClassList().add("kb-summary-multiline");
        }
        var row = new Element("div").setAttribute("class", "kb-summary-row");
        row.appendChild(new Element("dt").setText(label), valueElement,
                new Element("dd").setAttribute("class", "kb-summary-action").appendChild(change));
        list.appendChild(row);
    }

    /** The four rows of {@link ContactFields}: phone, e-mail, language to talk in, interpreter. */
    public void addContact(ContactAnswers contact, Locale locale, String pageLanguage, String changePath) {
        String none = getTranslation("help.check.none");
        String language = contact.languageOr(pageLanguage);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"help.check.phone", contact.phone().isBlank() ? none : PhoneNumber.parse(
                contact.phone()).map(p -> Formats.phoneNumber(p.forDialling())).orElse(contact.phone())});
        rows.add(new String[] {"help.check.email", contact.email().isBlank() ? none : contact.email().strip()});
        rows.add(new String[] {"help.check.language", LanguageNames.namedAlike(language, locale)
                ? LanguageNames.own(language) : getTranslation("flow.languageOption",
                "name", LanguageNames.inLanguageOf(language, locale), "ownName", LanguageNames.own(language))});
        rows.add(new String[] {"help.check.interpreter", getTranslation(contact.needsInterpreter()
                ? "help.contact.interpreter.yes" : "help.contact.interpreter.no")});
        rows.forEach(row -> add(getTranslation(row[0]), row[1], changePath, false));
    }
}
