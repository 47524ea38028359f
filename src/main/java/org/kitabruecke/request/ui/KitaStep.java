package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextInput;

/**
 * Step 4 (optional): the Kita, found by typing a few letters of its name, street or postcode (spelling-tolerant),
 * and the district. Choosing a Kita also sets its district.
 */
@Route(value = "help/kita", layout = PublicLayout.class)
@AnonymousAllowed
class KitaStep extends HelpStepView {

    /** Stands for "no Kita, or I do not know" and "I do not know the district". */
    static final long NONE = 0L;
    private static final int RESULTS_MAX = 8;

    private final Directory directory;
    private final TextInput search = new TextInput("help-kita-search")
            .attribute("type", "search").attribute("autocomplete", "off").attribute("maxlength", "80");
    private final Paragraph resultCount = new Paragraph();
    private final ChoiceGroup<Long> kitas = ChoiceGroup.radios("help-kita");
    private final Span kitaLegend = new Span();
    private final H2 districtQuestion = new H2();
    private final ChoiceGroup<Long> districts = ChoiceGroup.radios("help-district");
    private final Map<Long, KitaEntry> shown = new LinkedHashMap<>();

    KitaStep(HelpDraft draft, Directory directory) {
        super(HelpStep.KITA, draft);
        this.directory = directory;
        search.input().setValueChangeMode(ValueChangeMode.LAZY);
        search.input().setValueChangeTimeout(300);
        search.input().addValueChangeListener(change -> showResults(getLocale()));
        resultCount.addClassName("kb-result-count");
        resultCount.getElement().setAttribute("role", "status");
        kitaLegend.addClassName("kb-visually-hidden");
        kitas.setLegend(kitaLegend);
        kitas.addSelectionListener(chosen -> chooseKita(chosen.stream().findFirst().orElse(NONE)));
        districts.setLegend(districtQuestion);
        districts.addSelectionListener(chosen -> draft.districtId(chosen.stream().findFirst()
                .filter(id -> id != NONE).orElse(null)));
        setContent(question, hint, search, resultCount, kitas, districts);
    }

    @Override
    protected void showDraft() {
        search.setValue("");
        districts.setSelected(List.of(Optional.ofNullable(draft.districtId()).orElse(NONE)));
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.kita.hint"));
        kitaLegend.setText(getTranslation("help.kita.question"));
        search.setTexts(getTranslation("help.kita.search.label"), getTranslation("help.kita.search.hint"));
        districtQuestion.setText(getTranslation("help.district.question"));
        List<Long> districtIds = new ArrayList<>();
        Map<Long, String> districtNames = new LinkedHashMap<>();
        for (DistrictEntry district : directory.districtList(locale)) {
            districtIds.add(district.id());
            districtNames.put(district.id(), district.name());
        }
        districtIds.add(NONE);
        districts.setItems(districtIds, id -> Choice.of(id == NONE ? getTranslation("help.district.unknown")
                : districtNames.get(id)));
        showResults(locale);
    }

    /** The chosen Kita first, then what matches the search, then "no Kita". */
    private void showResults(Locale locale) {
        String query = search.getValue();
        List<KitaEntry> found = directory.searchKitas(query, locale, RESULTS_MAX);
        shown.clear();
        Optional.ofNullable(draft.kitaId()).flatMap(directory::kita).ifPresent(kita -> shown.put(kita.id(), kita));
        found.forEach(kita -> shown.put(kita.id(), kita));
        List<Long> items = new ArrayList<>(shown.keySet());
        items.add(NONE);
        kitas.setSelected(List.of(Optional.ofNullable(draft.kitaId()).orElse(NONE)));
        kitas.setItems(items, id -> id == NONE ? Choice.of(getTranslation("help.kita.none"))
                : new Choice(shown.get(id).name(), getTranslation("help.kita.option.hint",
                        "street", shown.get(id).street(), "postcode", shown.get(id).postcode(),
                        "district", shown.get(id).districtName()), null));
        resultCount.setText(query.isBlank() ? "" : getTranslation("help.kita.results", "count", found.size()));
        resultCount.setVisible(!query.isBlank());
    }

    private void chooseKita(long id) {
        if (id == NONE) {
            draft.kitaId(null);
            return;
        }
        draft.kitaId(id);
        Optional.ofNullable(shown.get(id)).ifPresent(kita -> {
            draft.districtId(kita.districtId());
            districts.setSelected(List.of(kita.districtId()));
        });
    }

    @Override
    protected boolean save() {
        return true;
    }
}
