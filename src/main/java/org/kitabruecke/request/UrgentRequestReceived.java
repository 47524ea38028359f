package org.kitabruecke.request;

import java.time.Instant;

/**
 * Published in the transaction that stores an urgent request, a parent's or a Kita's; delivered through the event
 * publication registry after the commit, so the team's alert survives a mail server that is down and a restart. Ids
 * and time only: nothing of the family waits in the outbox.
 */
public record UrgentRequestReceived(long requestId, Instant receivedAt) {
}
