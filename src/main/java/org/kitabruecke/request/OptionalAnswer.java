package org.kitabruecke.request;

/**
 * The answer to an optional yes-or-no question such as "may we leave a message on your voicemail?". A family may
 * skip such a question, and the Kita form does not ask it at all: then it is {@link #NOT_ANSWERED}, never read as
 * yes. For a family in a violent home a wrongly assumed "yes" can be dangerous.
 */
public enum OptionalAnswer {
    YES,
    NO,
    NOT_ANSWERED
}
