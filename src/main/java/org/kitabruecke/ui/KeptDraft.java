package org.kitabruecke.ui;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;

/**
 * A parent's answers in a question flow while it is being filled in, in the session and also kept in {@link Drafts}:
 * read back when a new session starts (after a restart of the portal), kept when a step is answered, forgotten when
 * sent.
 */
public abstract class KeptDraft<S extends Enum<S> & FlowStep> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient Drafts drafts;
    private final transient String kind;

    /** @param kind which flow, e.g. {@code help}: one draft of each kind per browser */
    protected KeptDraft(Drafts drafts, String kind) {
        this.drafts = drafts;
        this.kind = kind;
    }

    @PostConstruct
    void restore() {
        drafts.restore(kind, this);
    }

    /** Which pages of the flow are answered. */
    public abstract AnsweredSteps<S> steps();

    /** Keeps the answers as they are now, so that a restart of the portal loses none of them. */
    public void keep() {
        drafts.keep(kind, this);
    }

    protected void forget() {
        drafts.forget(kind);
    }
}
