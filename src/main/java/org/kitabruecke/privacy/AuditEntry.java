package org.kitabruecke.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail: who did what to which record, when. Records are named by type and id only. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, @Nullable String recordType,
                         @Nullable Long recordId, @Nullable String detail) {
}
