package org.kitabruecke.request.ui;

import org.kitabruecke.ui.FlowStep;

/**
 * The pages of the help request, in order, each at its own address so that the browser's back button and a reload
 * work as parents expect. Seven questions, then the check page.
 */
enum HelpStep implements FlowStep {
    TOPICS("help", "help.topics.question"),
    URGENCY("help/urgency", "help.urgency.question"),
    CHILDREN("help/children", "help.children.question"),
    KITA("help/kita", "help.kita.question"),
    CONTACT("help/contact", "help.contact.question"),
    SAFETY("help/safe-contact", "help.safety.question"),
    MESSAGE("help/message", "help.message.question"),
    CHECK("help/check", "help.check.title");

    private final String path;
    private final String titleKey;

    HelpStep(String path, String titleKey) {
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
