package org.kitabruecke.request;

import org.jspecify.annotations.Nullable;

/** A social worker answered a family with a template; the notification module writes and sends the mail. */
public record ReplyRequested(long requestId, ReplyTemplate template, @Nullable Long partnerServiceId) {
}
