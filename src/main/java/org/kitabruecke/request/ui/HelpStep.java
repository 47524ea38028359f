package org.kitabruecke.request.ui;

import java.util.Optional;

/**
 * The pages of the help request, in order, each at its own address so that the browser's back button and a reload
 * work as parents expect. Seven questions, then the check page.
 */
enum HelpStep {
    TOPICS("help", "help.topics.question"),
    URGENCY("help/urgency", "help.urgency.question"),
    CHILDREN("help/children", "help.children.question"),
    KITA("help/kita", "help.kita.question"),
    CONTACT("help/contact", "help.contact.question"),
    SAFETY("help/safe-contact", "help.safety.question"),
    MESSAGE("help/message", "help.message.question"),
    CHECK("help/check", "help.check.title");

    /** How many steps the parent is told about ("Step 2 of 7"); the check page is not counted. */
    static final int QUESTIONS = CHECK.ordinal();

    private final String path;
    private final String titleKey;

    HelpStep(String path, String titleKey) {
        this.path = path;
        this.titleKey = titleKey;
    }

    String path() {
        return path;
    }

    String titleKey() {
        return titleKey;
    }

    int number() {
        return ordinal() + 1;
    }

    Optional<HelpStep> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    HelpStep next() {
        return this == CHECK ? CHECK : values()[ordinal() + 1];
    }
}
