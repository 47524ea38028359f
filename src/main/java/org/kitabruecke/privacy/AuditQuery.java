package org.kitabruecke.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an admin looks for in the audit trail; every part may be left open. */
public record AuditQuery(@Nullable String actor, @Nullable Long recordId, @Nullable Instant from,
                         @Nullable Instant until) {
}
