package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.ui.Counter;
import org.kitabruecke.ui.PublicLayout;

/** Step 3: how many children in which age band; no names, no birth dates. */
@Route(value = "help/children", layout = PublicLayout.class)
@AnonymousAllowed
class ChildrenStep extends HelpStepView {

    /** Message keys of the age bands, in the order of {@link HelpDraft#BABY}, TODDLER, PRESCHOOL. */
    static final List<String> BAND_KEYS = List.of(
            "help.children.band.0to1", "help.children.band.1to3", "help.children.band.3to6");

    private final List<Counter> counters = List.of(
            new Counter("help-children-0", NewHelpRequest.CHILDREN_MAX),
            new Counter("help-children-1", NewHelpRequest.CHILDREN_MAX),
            new Counter("help-children-2", NewHelpRequest.CHILDREN_MAX));

    ChildrenStep(HelpDraft draft) {
        super(HelpStep.CHILDREN, draft);
        var bands = new Div();
        bands.addClassName("kb-counters");
        for (int band = 0; band < counters.size(); band++) {
            int index = band;
            counters.get(band).addValueListener(count -> {
                draft.children(index, count);
                limitTotal();
            });
            bands.add(counters.get(band));
        }
        setContent(question, hint, bands);
    }

    @Override
    protected void showDraft() {
        for (int band = 0; band < counters.size(); band++) {
            counters.get(band).setValue(draft.children(band));
        }
        limitTotal();
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.children.hint"));
        for (int band = 0; band < counters.size(); band++) {
            String name = getTranslation(BAND_KEYS.get(band));
            counters.get(band).setTexts(name, getTranslation("help.children.fewer", "band", name),
                    getTranslation("help.children.more", "band", name));
            counters.get(band).refresh();
        }
    }

    /** The counters never allow more than {@link NewHelpRequest#CHILDREN_MAX} children in all. */
    private void limitTotal() {
        int free = NewHelpRequest.CHILDREN_MAX - draft.childrenTotal();
        counters.forEach(counter -> counter.setMax(counter.getValue() + free));
    }

    @Override
    protected boolean save() {
        // every number the counters allow is a valid answer, none too (a family may be expecting its first child)
        return true;
    }
}
