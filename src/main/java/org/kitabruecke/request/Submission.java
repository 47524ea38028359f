package org.kitabruecke.request;

/** What became of a parent's attempt to submit a request. */
public sealed interface Submission {

    /** Stored; the confirmation mail follows through the outbox. */
    record Accepted(Receipt receipt) implements Submission {
    }

    /** Too many requests from this connection in a short time; nothing was stored. */
    record TooManyRequests() implements Submission {
    }

    /** The browser did not solve the {@link BotCheck}; nothing was stored. */
    record BotCheckFailed() implements Submission {
    }
}
