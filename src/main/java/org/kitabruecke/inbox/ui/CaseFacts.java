package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.request.CaseDetails;

/**
 * Everything the family (or their Kita) gave, labelled in the social worker's language whatever language the family
 * used; the family's own words as written, marked with the language they were written in.
 */
class CaseFacts extends Composite<Div> {

    private final Directory directory;
    private final Element list = new Element("dl");

    CaseFacts(Directory directory) {
        this.directory = directory;
        getContent().addClassName("kb-case-facts");
        getContent().getElement().appendChild(list);
    }

    void show(CaseDetails details, Locale locale) {
        list.removeAllChildren();
        row("inbox.fact.topics", details.topics().stream().sorted()
                .map(topic -> getTranslation("help.topic." + topic.name())).collect(Collectors.joining(", ")));
        row("inbox.fact.urgency", getTranslation("inbox.urgency." + details.urgency().name()));
        row("inbox.fact.children", getTranslation("inbox.fact.childrenValue", "baby", details.children0To1(),
                "toddler", details.children1To3(), "kita", details.children3To6()));
        row("inbox.fact.kita", details.kitaId() == null ? "–"
                : directory.kita(details.kitaId()).map(kita -> kita.name()).orElse("–"));
        row("inbox.fact.district", details.districtId() == null ? "–" : directory.districtList(locale).stream()
                .filter(d -> d.id() == details.districtId()).map(d -> d.name()).findFirst().orElse("–"));
        if (details.phone() != null) {
            String dial = new PhoneNumber(details.phone()).forDialling();
            var link = new Element("a").setAttribute("href", "tel:" + details.phone()).setText(dial);
            link.setAttribute("dir", "ltr");
            row("inbox.fact.phone", link);
        }
        row("inbox.fact.email", details.email() == null ? "–" : details.noEmail()
                ? getTranslation("inbox.fact.emailRefused", "email", details.email()) : details.email());
        row("inbox.fact.language", getTranslation("inbox.fact.languageValue",
                "language", LanguageNames.inLanguageOf(details.contactLanguage(), locale),
                "interpreter", details.interpreterNeeded() ? "yes" : "no"));
        row("inbox.fact.callTimes", details.callTimes() == null ? "–" : details.callTimes());
        row("inbox.fact.voicemail", getTranslation(details.noVoicemail() ? "inbox.fact.voicemailNo"
                : "inbox.fact.voicemailYes"));
        if (details.freeText() != null) {
            var text = new Element("dd").setText(details.freeText());
            text.setAttribute("lang", details.pageLanguage());
            text.getClassList().add("kb-summary-multiline");
            var label = new Element("dt").setText(getTranslation("inbox.fact.message", "language",
                    LanguageNames.inLanguageOf(details.pageLanguage(), locale)));
            list.appendChild(new Element("div").appendChild(label, text));
        }
        row("inbox.fact.consent", details.consentVersion());
        row("inbox.fact.source", getTranslation("inbox.source." + details.source().name(),
                "account", details.forwardedBy() == null ? "" : details.forwardedBy()));
    }

    private void row(String labelKey, String value) {
        row(labelKey, new Element("span").setText(value));
    }

    private void row(String labelKey, Element value) {
        var line = new Element("div");
        line.appendChild(new Element("dt").setText(getTranslation(labelKey)), new Element("dd").appendChild(value));
        list.appendChild(line);
    }
}
