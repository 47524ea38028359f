package org.kitabruecke.request.ui;

import java.util.Optional;
import org.kitabruecke.ui.QuestionPage;

/** One page of the help request; the order of the pages is {@link HelpStep}, the answers live in {@link HelpDraft}. */
abstract class HelpStepView extends QuestionPage {

    static final String CHANGE = QuestionPage.CHANGE;

    protected final HelpDraft draft;
    protected final HelpStep step;

    protected HelpStepView(HelpStep step, HelpDraft draft) {
        super("help");
        this.step = step;
        this.draft = draft;
    }

    @Override
    protected String titleKey() {
        return step.titleKey();
    }

    @Override
    protected String progressText() {
        return step == HelpStep.CHECK ? getTranslation("help.title")
                : getTranslation("flow.progress", "step", step.number(), "total", HelpStep.QUESTIONS);
    }

    @Override
    protected Optional<String> firstOpenEarlierPage() {
        return draft.firstOpenBefore(step).map(HelpStep::path);
    }

    @Override
    protected String previousPage() {
        return step.previous().map(HelpStep::path).orElse(".");
    }

    @Override
    protected String nextPage() {
        return step.next().path();
    }

    @Override
    protected String checkPage() {
        return HelpStep.CHECK.path();
    }

    @Override
    protected boolean allAnswered() {
        return draft.allAnswered();
    }

    @Override
    protected void markAnswered() {
        draft.answered(step);
    }
}
