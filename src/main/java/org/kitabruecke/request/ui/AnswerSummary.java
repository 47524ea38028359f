package org.kitabruecke.request.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.request.PhoneNumber;
import org.kitabruecke.request.Topic;

/**
 * The parent's answers as a list to check, GOV.UK's "check your answers": one row per answer with a link that
 * opens that question and returns here. Everything the parent typed is shown as text, never as HTML.
 */
class AnswerSummary extends Composite<Div> {

    private final Directory directory;

    AnswerSummary(Directory directory) {
        this.directory = directory;
        getContent().addClassName("kb-summary");
    }

    void show(HelpDraft draft, Locale locale) {
        var list = new Element("dl");
        String none = getTranslation("help.check.none");
        ListFormatter and = ListFormatter.getInstance(ULocale.forLocale(locale));
        row(list, "help.check.topics", HelpStep.TOPICS, and.format(draft.topics().stream()
                .sorted().map(topic -> getTranslation("help.topic." + topic.name())).toList()), false);
        row(list, "help.check.urgency", HelpStep.URGENCY, Optional.ofNullable(draft.urgency())
                .map(urgency -> getTranslation("help.urgency." + urgency.name())).orElse(none), false);
        List<String> children = new ArrayList<>();
        for (int band = 0; band < ChildrenStep.BAND_KEYS.size(); band++) {
            if (draft.children(band) > 0) {
                children.add(getTranslation("help.children.summary",
                        "band", getTranslation(ChildrenStep.BAND_KEYS.get(band)), "count", draft.children(band)));
            }
        }
        row(list, "help.check.children", HelpStep.CHILDREN, children.isEmpty() ? none : String.join("\n", children),
                true);
        row(list, "help.check.kita", HelpStep.KITA, Optional.ofNullable(draft.kitaId()).flatMap(directory::kita)
                .map(KitaEntry::name).orElse(none), false);
        row(list, "help.check.district", HelpStep.KITA, Optional.ofNullable(draft.districtId())
                .flatMap(id -> directory.districtList(locale).stream().filter(d -> d.id() == id).findFirst())
                .map(DistrictEntry::name).orElse(none), false);
        row(list, "help.check.phone", HelpStep.CONTACT, draft.phone().isBlank() ? none
                : PhoneNumber.parse(draft.phone()).map(p -> Formats.phoneNumber(p.forDialling())).orElse(draft.phone()),
                false);
        row(list, "help.check.email", HelpStep.CONTACT, draft.email().isBlank() ? none : draft.email().strip(), false);
        String language = Optional.ofNullable(draft.contactLanguage()).orElse(locale.getLanguage());
        row(list, "help.check.language", HelpStep.CONTACT, getTranslation("flow.languageOption",
                "name", LanguageNames.inLanguageOf(language, locale), "ownName", LanguageNames.own(language)), false);
        row(list, "help.check.interpreter", HelpStep.CONTACT, getTranslation(Boolean.TRUE.equals(draft.interpreter())
                ? "help.contact.interpreter.yes" : "help.contact.interpreter.no"), false);
        row(list, "help.check.callTimes", HelpStep.SAFETY, draft.callTimes().isBlank() ? none : draft.callTimes(),
                false);
        List<String> cautions = new ArrayList<>();
        if (draft.noVoicemail()) {
            cautions.add(getTranslation("help.safety.noVoicemail"));
        }
        if (draft.noEmail()) {
            cautions.add(getTranslation("help.safety.noEmail"));
        }
        row(list, "help.check.safety", HelpStep.SAFETY, cautions.isEmpty() ? none : String.join("\n", cautions), true);
        row(list, "help.check.message", HelpStep.MESSAGE, draft.message().isBlank() ? none : draft.message(), true);
        getContent().getElement().removeAllChildren();
        getContent().getElement().appendChild(list);
    }

    private void row(Element list, String labelKey, HelpStep step, String value, boolean multiline) {
        String label = getTranslation(labelKey);
        var change = new Element("a")
                .setAttribute("href", step.path() + "?" + HelpStepView.CHANGE)
                .setAttribute("router-link", true)
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
}
