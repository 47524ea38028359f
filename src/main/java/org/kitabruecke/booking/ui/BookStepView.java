package org.kitabruecke.booking.ui;

import org.kitabruecke.ui.StepPage;

/** One page of booking; the order is {@link BookStep}, the answers live in {@link BookingDraft}. */
abstract class BookStepView extends StepPage<BookStep> {

    protected final BookingDraft draft;

    protected BookStepView(BookStep step, BookingDraft draft) {
        super("book", step, draft, "book.progress", "book.title");
        this.draft = draft;
    }
}
