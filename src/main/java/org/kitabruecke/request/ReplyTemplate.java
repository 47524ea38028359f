package org.kitabruecke.request;

/**
 * Answers the team sends by e-mail, written once per portal language ({@code mail.reply.<name>.subject} and
 * {@code .body}), sent in the family's contact language. {@link #REFERRAL} names a partner service.
 */
public enum ReplyTemplate {
    /** We have read your request and will call you. */
    WILL_CALL,
    /** We could not reach you: please call us. */
    PLEASE_CALL,
    /** Come to the open consultation hour. */
    CONSULTATION_HOUR,
    /** This service can help you: name, phone, address. */
    REFERRAL,
    /** We are closing your request; write again any time. */
    CLOSING
}
