package org.kitabruecke.ui;

import jakarta.annotation.PostConstruct;

/**
 * A flow's draft in the session that is also kept in {@link Drafts}: read back when a new session starts (after a
 * restart of the portal), kept when a step is answered, forgotten when sent.
 */
public abstract class KeptDraft<S extends Enum<S> & FlowStep> implements FlowDraft<S> {

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

    @Override
    public void keep() {
        drafts.keep(kind, this);
    }

    protected void forget() {
        drafts.forget(kind);
    }
}
