package org.kitabruecke.request.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextAreaInput;

/** Step 7 (optional): anything else, in the family's own words and language, at most 1,000 characters. */
@Route(value = "help/message", layout = PublicLayout.class)
@AnonymousAllowed
class MessageStep extends HelpStepView {

    private final TextAreaInput message = new TextAreaInput("help-message");
    private boolean tooLong;

    MessageStep(HelpDraft draft) {
        super(HelpStep.MESSAGE, draft);
        message.setChangeListener(text -> {
            draft.message(text);
            showCount();
            if (tooLong && text.length() <= NewHelpRequest.FREE_TEXT_MAX) {
                tooLong = false;
                message.setError(null);
            }
        });
        setContent(question, hint, message);
    }

    @Override
    protected void showDraft() {
        message.setValue(draft.message());
        showCount();
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.message.hint"));
        message.setTexts(getTranslation("help.message.label"), getTranslation("help.optional"));
        message.setError(tooLong ? getTranslation("help.message.error", "max", NewHelpRequest.FREE_TEXT_MAX) : null);
        showCount();
    }

    @Override
    protected boolean save() {
        draft.message(message.getValue());
        tooLong = message.getValue().length() > NewHelpRequest.FREE_TEXT_MAX;
        message.setError(tooLong ? getTranslation("help.message.error", "max", NewHelpRequest.FREE_TEXT_MAX) : null);
        if (tooLong) {
            message.focus();
        }
        return !tooLong;
    }

    private void showCount() {
        int left = NewHelpRequest.FREE_TEXT_MAX - message.getValue().length();
        message.setCount(left >= 0 ? getTranslation("help.message.remaining", "count", left)
                : getTranslation("help.message.over", "count", -left), left < 0);
    }
}
