package org.kitabruecke.request.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;

/** Step 2: how urgent. Choosing "urgent" shows the emergency numbers at once, before anything else is asked. */
@Route(value = "help/urgency", layout = PublicLayout.class)
@AnonymousAllowed
class UrgencyStep extends HelpStepView {

    private final ChoiceGroup<Urgency> urgency = ChoiceGroup.radios("help-urgency");
    private final EmergencyNumbers emergency;

    UrgencyStep(HelpDraft draft, PortalContacts contacts) {
        super(HelpStep.URGENCY, draft);
        emergency = new EmergencyNumbers(contacts);
        urgency.setLegend(question);
        urgency.addSelectionListener(chosen -> {
            draft.urgency(chosen.stream().findFirst().orElse(null));
            urgency.setError(null);
            showEmergency();
        });
        setContent(urgency, emergency);
    }

    @Override
    protected void showDraft() {
        urgency.setSelected(Optional.ofNullable(draft.urgency()).stream().toList());
        showEmergency();
    }

    @Override
    protected void translate(Locale locale) {
        urgency.setHint(getTranslation("help.urgency.hint"));
        urgency.setItems(List.of(Urgency.values()), level -> new Choice(getTranslation("help.urgency." + level.name()),
                getTranslation("help.urgency." + level.name() + ".hint"), null));
        emergency.translate();
        if (urgency.getError() != null) {
            urgency.setError(getTranslation("help.urgency.error"));
        }
    }

    @Override
    protected boolean save() {
        boolean ok = urgency.getSelectedItem().isPresent();
        urgency.setError(ok ? null : getTranslation("help.urgency.error"));
        if (!ok) {
            urgency.focus();
        }
        return ok;
    }

    private void showEmergency() {
        emergency.setVisible(draft.urgency() == Urgency.URGENT);
    }
}
