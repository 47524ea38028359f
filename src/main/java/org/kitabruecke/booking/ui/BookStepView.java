package org.kitabruecke.booking.ui;

import java.util.Optional;
import org.kitabruecke.ui.QuestionPage;

/** One page of booking; the order is {@link BookStep}, the answers live in {@link BookingDraft}. */
abstract class BookStepView extends QuestionPage {

    protected final BookingDraft draft;
    protected final BookStep step;

    protected BookStepView(BookStep step, BookingDraft draft) {
        super("book");
        this.step = step;
        this.draft = draft;
    }

    @Override
    protected String titleKey() {
        return step.titleKey();
    }

    @Override
    protected String progressText() {
        return step == BookStep.CHECK ? getTranslation("book.title")
                : getTranslation("book.progress", "step", step.ordinal() + 1, "total", BookStep.QUESTIONS);
    }

    @Override
    protected Optional<String> firstOpenEarlierPage() {
        return draft.firstOpenBefore(step).map(BookStep::path);
    }

    @Override
    protected String previousPage() {
        return step.previous().map(BookStep::path).orElse(".");
    }

    @Override
    protected String nextPage() {
        return step.next().path();
    }

    @Override
    protected String checkPage() {
        return BookStep.CHECK.path();
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
