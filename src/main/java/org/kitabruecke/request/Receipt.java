package org.kitabruecke.request;

/** What the family takes away after submitting: the code to quote and the PIN for the status lookup. */
public record Receipt(ReferenceCode code, Pin pin) {
}
