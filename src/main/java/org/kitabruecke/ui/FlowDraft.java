package org.kitabruecke.ui;

import java.io.Serializable;

/**
 * A parent's answers in a question flow while it is being filled in: which pages are answered, and a way to keep
 * the answers safe beyond the server's memory (see {@link Drafts}).
 */
public interface FlowDraft<S extends Enum<S> & FlowStep> extends Serializable {

    AnsweredSteps<S> steps();

    /** Keeps the answers as they are now, so that a restart of the portal loses none of them. */
    void keep();
}
