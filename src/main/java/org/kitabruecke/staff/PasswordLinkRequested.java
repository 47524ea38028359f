package org.kitabruecke.staff;

/**
 * An admin asked for a set-password link. Carries the link's id only: the token is made when the mail is written
 * ({@link PasswordLinks#issue}), so that no working link waits in the outbox.
 */
public record PasswordLinkRequested(long linkId) {
}
