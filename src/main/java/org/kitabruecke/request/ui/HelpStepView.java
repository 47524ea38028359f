package org.kitabruecke.request.ui;

import org.kitabruecke.ui.QuestionPage;
import org.kitabruecke.ui.StepPage;

/** One page of the help request; the order of the pages is {@link HelpStep}, the answers live in {@link HelpDraft}. */
abstract class HelpStepView extends StepPage<HelpStep> {

    static final String CHANGE = QuestionPage.CHANGE;

    protected final HelpDraft draft;

    protected HelpStepView(HelpStep step, HelpDraft draft) {
        super("help", step, draft, "flow.progress", "help.title");
        this.draft = draft;
    }
}
