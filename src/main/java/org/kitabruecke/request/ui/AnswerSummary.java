package org.kitabruecke.request.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Composite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.ui.SummaryList;

/**
 * The parent's answers as a list to check, GOV.UK's "check your answers": one row per answer with a link that
 * opens that question and returns here. Everything the parent typed is shown as text, never as HTML.
 */
class AnswerSummary extends Composite<SummaryList> {

    private final Directory directory;

    AnswerSummary(Directory directory) {
        this.directory = directory;
    }

    void show(HelpDraft draft, Locale locale, String pageLanguage) {
        SummaryList list = getContent();
        list.clear();
        String none = getTranslation("help.check.none");
        ListFormatter and = ListFormatter.getInstance(ULocale.forLocale(locale));
        row("help.check.topics", HelpStep.TOPICS, and.format(draft.topics().stream()
                .sorted().map(topic -> getTranslation("help.topic." + topic.name())).toList()), false);
        row("help.check.urgency", HelpStep.URGENCY, Optional.ofNullable(draft.urgency())
                .map(urgency -> getTranslation("help.urgency." + urgency.name())).orElse(none), false);
        List<String> children = new ArrayList<>();
        for (int band = 0; band < ChildrenStep.BAND_KEYS.size(); band++) {
            if (draft.children(band) > 0) {
                children.add(getTranslation("help.children.summary",
                        "band", getTranslation(ChildrenStep.BAND_KEYS.get(band)), "count", draft.children(band)));
            }
        }
        row("help.check.children", HelpStep.CHILDREN, children.isEmpty() ? none : String.join("\n", children), true);
        row("help.check.kita", HelpStep.KITA, Optional.ofNullable(draft.kitaId()).flatMap(directory::kita)
                .map(KitaEntry::name).orElse(none), false);
        row("help.check.district", HelpStep.KITA, Optional.ofNullable(draft.districtId())
                .flatMap(id -> directory.districtList(locale).stream().filter(d -> d.id() == id).findFirst())
                .map(DistrictEntry::name).orElse(none), false);
        list.addContact(draft.contact(), locale, pageLanguage, HelpStep.CONTACT.path());
        row("help.check.callTimes", HelpStep.SAFETY, draft.callTimes().isBlank() ? none : draft.callTimes(), false);
        List<String> cautions = new ArrayList<>();
        if (draft.noVoicemail()) {
            cautions.add(getTranslation("help.safety.noVoicemail"));
        }
        if (draft.noEmail()) {
            cautions.add(getTranslation("help.safety.noEmail"));
        }
        row("help.check.safety", HelpStep.SAFETY, cautions.isEmpty() ? none : String.join("\n", cautions), true);
        row("help.check.message", HelpStep.MESSAGE, draft.message().isBlank() ? none : draft.message(), true);
    }

    private void row(String labelKey, HelpStep step, String value, boolean multiline) {
        getContent().add(getTranslation(labelKey), value, step.path(), multiline);
    }
}
