package org.kitabruecke.request;

/** What became of a social worker's answer to a family by e-mail ({@link Casework#reply}). */
public sealed interface ReplyResult {

    /** Recorded on the request; the mail follows through the outbox. */
    record Sent(CaseDetails details) implements ReplyResult {
    }

    /** The family gave no e-mail address or asked not to be written to; nothing was sent. */
    record CannotBeWritten() implements ReplyResult {
    }

    /** The referral template names a partner service, and none is recorded yet; nothing was sent. */
    record ReferralMissing() implements ReplyResult {
    }
}
