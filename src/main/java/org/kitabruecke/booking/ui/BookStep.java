package org.kitabruecke.booking.ui;

import org.kitabruecke.ui.FlowStep;

/** The pages of booking the open consultation hour, each at its own address; four questions, then the check page. */
enum BookStep implements FlowStep {
    LOCATION("book", "book.location.question"),
    DAY("book/day", "book.day.question"),
    TIME("book/time", "book.time.question"),
    CONTACT("book/contact", "book.contact.question"),
    CHECK("book/check", "book.check.title");

    private final String path;
    private final String titleKey;

    BookStep(String path, String titleKey) {
        this.path = path;
        this.titleKey = titleKey;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }
}
