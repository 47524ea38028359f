package org.kitabruecke.request;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A social worker answered a family with a template; the notification module writes and sends the mail. The
 * {@code id} tells two equal answers apart (the same template sent twice on different days is two mails).
 */
public record ReplyRequested(long requestId, ReplyTemplate template, @Nullable Long partnerServiceId, UUID id) {
}
