package org.kitabruecke.booking;

/** A freed place is held for a waiting parent; the offer mail with its link follows through the outbox. */
public record WaitlistOfferMade(long entryId, String offerToken) {
}
