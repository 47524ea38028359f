package org.kitabruecke.booking;

import java.util.UUID;

/**
 * Someone put an e-mail address on a full day's waiting list. The page answers the same whether the address was new
 * there or already waiting (it must not tell a stranger who asked for help); the mail to that address says which:
 * {@code again} is true when the address was already waiting. {@code id} names this one attempt, so that its mail is
 * sent once however often the outbox delivers it.
 */
public record WaitlistJoined(long entryId, boolean again, UUID id) {
}
