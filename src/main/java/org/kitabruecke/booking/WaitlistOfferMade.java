package org.kitabruecke.booking;

/**
 * A freed place is held for a waiting parent; the offer mail follows through the outbox and makes the offer's link
 * when it is written ({@link Waitlist#newOfferLink}).
 */
public record WaitlistOfferMade(long entryId) {
}
