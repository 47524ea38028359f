package org.kitabruecke.ui;

import java.util.Optional;

/**
 * A page of a question flow whose order is an enum of {@link FlowStep}s and whose progress lives in
 * {@link AnsweredSteps}: "Step 2 of 4" above the questions, the flow's name above the check page. The draft is kept
 * each time the parent goes on, so that a restart of the portal loses no answer given.
 */
public abstract class StepPage<S extends Enum<S> & FlowStep> extends QuestionPage {

    protected final S step;
    private final KeptDraft<S> draft;
    private final AnsweredSteps<S> steps;
    private final String progressKey;
    private final String flowTitleKey;

    /**
     * @param progressKey  message with {@code {step}} and {@code {total}}, e.g. "Step 2 of 7"
     * @param flowTitleKey the flow's name, shown above the check page
     */
    protected StepPage(String idPrefix, S step, KeptDraft<S> draft, String progressKey, String flowTitleKey) {
        super(idPrefix);
        this.step = step;
        this.draft = draft;
        this.steps = draft.steps();
        this.progressKey = progressKey;
        this.flowTitleKey = flowTitleKey;
    }

    @Override
    protected String titleKey() {
        return step.titleKey();
    }

    @Override
    protected String progressText() {
        return step == steps.check() ? getTranslation(flowTitleKey)
                : getTranslation(progressKey, "step", step.ordinal() + 1, "total", steps.questions());
    }

    @Override
    protected Optional<String> firstOpenEarlierPage() {
        return steps.firstOpenBefore(step).map(FlowStep::path);
    }

    @Override
    protected String previousPage() {
        return steps.previous(step).map(FlowStep::path).orElse(".");
    }

    @Override
    protected String nextPage() {
        return steps.next(step).path();
    }

    @Override
    protected String checkPage() {
        return steps.check().path();
    }

    @Override
    protected boolean allAnswered() {
        return steps.allAnswered();
    }

    @Override
    protected void markAnswered() {
        steps.answered(step);
        draft.keep();
    }
}
