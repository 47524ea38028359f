package org.kitabruecke.booking.ui;

import java.util.Optional;

/** The pages of booking the open consultation hour, each at its own address; four questions, then the check page. */
enum BookStep {
    LOCATION("book", "book.location.question"),
    DAY("book/day", "book.day.question"),
    TIME("book/time", "book.time.question"),
    CONTACT("book/contact", "book.contact.question"),
    CHECK("book/check", "book.check.title");

    static final int QUESTIONS = CHECK.ordinal();

    private final String path;
    private final String titleKey;

    BookStep(String path, String titleKey) {
        this.path = path;
        this.titleKey = titleKey;
    }

    String path() {
        return path;
    }

    String titleKey() {
        return titleKey;
    }

    Optional<BookStep> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    BookStep next() {
        return this == CHECK ? CHECK : values()[ordinal() + 1];
    }
}
