package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextInput;

/**
 * Step 6 (optional): safe contact. For a parent living with someone who must not learn of the request: when to
 * call, no voicemail, no e-mail (then no confirmation mail either).
 */
@Route(value = "help/safe-contact", layout = PublicLayout.class)
@AnonymousAllowed
class SafetyStep extends HelpStepView {

    enum Caution { NO_VOICEMAIL, NO_EMAIL }

    private final TextInput callTimes = new TextInput("help-call-times")
            .attribute("maxlength", String.valueOf(NewHelpRequest.CALL_TIMES_MAX)).attribute("autocomplete", "off");
    private final Span cautionLegend = new Span();
    private final ChoiceGroup<Caution> cautions = ChoiceGroup.checkboxes("help-cautions");
    private boolean needsPhone;

    SafetyStep(HelpDraft draft) {
        super(HelpStep.SAFETY, draft);
        callTimes.input().addValueChangeListener(change -> draft.callTimes(change.getValue()));
        cautions.setLegend(cautionLegend);
        cautions.addSelectionListener(chosen -> {
            draft.noVoicemail(chosen.contains(Caution.NO_VOICEMAIL));
            draft.noEmail(chosen.contains(Caution.NO_EMAIL));
        });
        setContent(question, hint, callTimes, cautions);
    }

    @Override
    protected void showDraft() {
        callTimes.setValue(draft.callTimes());
        Set<Caution> chosen = EnumSet.noneOf(Caution.class);
        if (draft.noVoicemail()) {
            chosen.add(Caution.NO_VOICEMAIL);
        }
        if (draft.noEmail()) {
            chosen.add(Caution.NO_EMAIL);
        }
        cautions.setSelected(chosen);
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.safety.hint"));
        callTimes.setTexts(getTranslation("help.safety.callTimes.label"),
                getTranslation("help.safety.callTimes.hint"));
        cautionLegend.setText(getTranslation("help.safety.options"));
        cautions.setItems(List.of(Caution.values()), caution -> Choice.of(getTranslation(
                caution == Caution.NO_VOICEMAIL ? "help.safety.noVoicemail" : "help.safety.noEmail")));
        cautions.setError(needsPhone ? getTranslation("help.safety.noEmail.needsPhone") : null);
        if (callTimes.getError() != null) {
            callTimes.setError(getTranslation("help.safety.callTimes.error", "max", NewHelpRequest.CALL_TIMES_MAX));
        }
    }

    @Override
    protected boolean save() {
        draft.callTimes(callTimes.getValue());
        boolean tooLong = callTimes.getValue().strip().length() > NewHelpRequest.CALL_TIMES_MAX;
        callTimes.setError(tooLong
                ? getTranslation("help.safety.callTimes.error", "max", NewHelpRequest.CALL_TIMES_MAX) : null);
        // "no e-mail" with only an e-mail address would leave the team no way to answer
        needsPhone = draft.noEmail() && draft.contact().phone().isBlank();
        cautions.setError(needsPhone ? getTranslation("help.safety.noEmail.needsPhone") : null);
        List<Runnable> focus = new ArrayList<>();
        if (tooLong) {
            focus.add(callTimes::focus);
        }
        if (needsPhone) {
            focus.add(cautions::focus);
        }
        focus.stream().findFirst().ifPresent(Runnable::run);
        return !tooLong && !needsPhone;
    }
}
