package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.OptionalAnswer;

/**
 * Everything the family (or their Kita) gave, labelled in the social worker's language whatever language the family
 * used; the family's own words as written, marked with the language they were written in. A question the family
 * left open, or the Kita form never asked, reads as such: a social worker must never take an assumption for the
 * family's word (leaving a voicemail in a violent home can be dangerous).
 */
class CaseFacts extends Composite<Div> {

    private final Directory directory;
    private final Function<String, @Nullable String> accountNames;
    private final Element list = new Element("dl");

    /** @param accountNames the name shown for a staff account named in the request; {@code null} leaves it out */
    CaseFacts(Directory directory, Function<String, @Nullable String> accountNames) {
        this.directory = directory;
        this.accountNames = accountNames;
        getContent().addClassName("kb-case-facts");
        getContent().getElement().appendChild(list);
    }

    void show(CaseDetails details, Locale locale) {
        list.removeAllChildren();
        String notAnswered = getTranslation("inbox.fact.notAnswered", "source", details.source().name());
        row("inbox.fact.topics", details.topics().stream().sorted()
                .map(topic -> getTranslation("help.topic." + topic.name())).collect(Collectors.joining(", ")));
        row("inbox.fact.urgency", getTranslation("inbox.urgency." + details.urgency().name()));
        Children children = details.children();
        row("inbox.fact.children", children == null ? notAnswered : getTranslation("inbox.fact.childrenValue",
                "baby", children.underOne(), "toddler", children.oneToThree(), "kita", children.threeToSix()));
        row("inbox.fact.kita", details.kitaId() == null ? "–"
                : directory.kita(details.kitaId()).map(kita -> kita.name()).orElse("–"));
        row("inbox.fact.district", details.districtId() == null ? "–" : directory.districtList(locale).stream()
                .filter(d -> d.id() == details.districtId()).map(d -> d.name()).findFirst().orElse("–"));
        if (details.phone() != null) {
            var link = new Element("a").setAttribute("href", "tel:" + details.phone().e164())
                    .setText(details.phone().forDialling());
            link.setAttribute("dir", "ltr");
            row("inbox.fact.phone", link);
        }
        row("inbox.fact.email", details.email() == null ? "–" : details.email().value());
        row("inbox.fact.emailOk", answer(details.emailOk(), "inbox.fact.emailYes", "inbox.fact.emailNo", notAnswered));
        row("inbox.fact.language", getTranslation("inbox.fact.languageValue",
                "language", LanguageNames.inLanguageOf(details.contactLanguage().code(), locale),
                "interpreter", details.interpreterNeeded() ? "yes" : "no"));
        row("inbox.fact.callTimes", details.callTimes() == null ? new Element("span").setText(notAnswered)
                : new Element("span").setText(details.callTimes()).setAttribute("dir", "auto"));
        row("inbox.fact.voicemail", answer(details.voicemailOk(), "inbox.fact.voicemailYes", "inbox.fact.voicemailNo",
                notAnswered));
        if (details.freeText() != null) {
            var text = new Element("dd").setText(details.freeText());
            text.setAttribute("lang", details.pageLanguage());
            // laid out by the script the family actually typed in: Arabic words run right to left on a German page
            text.setAttribute("dir", "auto");
            text.getClassList().add("kb-summary-multiline");
            var label = new Element("dt").setText(getTranslation("inbox.fact.message", "language",
                    LanguageNames.inLanguageOf(details.pageLanguage(), locale)));
            list.appendChild(new Element("div").appendChild(label, text));
        }
        ConsentRecord consent = details.consent();
        row("inbox.fact.consent", getTranslation("inbox.fact.consentValue", "version", consent.version(),
                "source", details.source().name(), "language", LanguageNames.inSentence(consent.language(), locale),
                "fingerprint", consent.fingerprint() == null ? "none" : consent.fingerprint()));
        row("inbox.fact.source", receivedVia(this, details, directory, accountNames));
    }

    /**
     * Where a request came from, in words: the parents' form, or which Kita forwarded it from which account, the
     * account by the name a person knows (not its user name), and left out where it only repeats the Kita's name.
     */
    static String receivedVia(Component reader, CaseDetails details, Directory directory,
                              Function<String, @Nullable String> accountNames) {
        String kita = details.kitaId() == null ? "none"
                : directory.kita(details.kitaId()).map(entry -> entry.name()).orElse("none");
        String account = details.forwardedBy() == null ? null : accountNames.apply(details.forwardedBy());
        return reader.getTranslation("inbox.source." + details.source().name(), "kita", kita,
                "account", account == null || account.equals(kita) ? "none" : account);
    }

    private String answer(OptionalAnswer answer, String yesKey, String noKey, String notAnswered) {
        return switch (answer) {
            case YES -> getTranslation(yesKey);
            case NO -> getTranslation(noKey);
            case NOT_ANSWERED -> notAnswered;
        };
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
