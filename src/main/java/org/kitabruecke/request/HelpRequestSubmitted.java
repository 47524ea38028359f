package org.kitabruecke.request;

/**
 * Published in the transaction that stores a request; delivered through the event publication registry after the
 * commit. Carries no secret: the confirmation mail looks the PIN up when it is written ({@link
 * HelpRequests#pinForConfirmation}), so that no PIN waits in the outbox while the mail server is away.
 */
public record HelpRequestSubmitted(long requestId, ReferenceCode code) {
}
