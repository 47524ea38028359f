package org.kitabruecke.request;

/**
 * Published in the transaction that stores a request; delivered through the event publication registry after the
 * commit. Carries the PIN only here, in clear, so that the confirmation mail can state it; the publication is
 * deleted once delivered.
 */
public record HelpRequestSubmitted(long requestId, ReferenceCode code, Pin pin) {
}
