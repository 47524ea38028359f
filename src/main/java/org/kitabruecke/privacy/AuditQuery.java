package org.kitabruecke.privacy;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an admin looks for in the audit trail; every part may be left open. {@code records}, when given, are the
 * records behind a family's code ({@link RecordCodes}): the entries of any of them are found.
 */
public record AuditQuery(@Nullable String actor, @Nullable Long recordId, @Nullable Instant from,
                         @Nullable Instant until, @Nullable List<RecordCodes.Record> records) {

    public AuditQuery(@Nullable String actor, @Nullable Long recordId, @Nullable Instant from,
                      @Nullable Instant until) {
        this(actor, recordId, from, until, null);
    }
}
