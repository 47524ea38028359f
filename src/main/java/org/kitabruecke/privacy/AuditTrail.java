package org.kitabruecke.privacy;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.privacy.internal.AuditTrailRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every opening of a request, every change, export, erasure and login, with who, when and which
 * record. Append-only by design — this class only ever inserts, and two database triggers refuse any UPDATE or
 * DELETE on the table. Details never contain personal data, only states, template names and ids.
 */
@Service
public class AuditTrail {

    /** The actor written for what no person did (a scheduled job). */
    public static final String SYSTEM = "system";

    private final AuditTrailRecords records;
    private final Clock clock;

    AuditTrail(AuditTrailRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Records an action of the logged-in person (or {@link #SYSTEM}) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                       @Nullable String detail) {
        recordAs(currentActor(), action, recordType, recordId, detail);
    }

    /** Records what the system did by itself (a scheduled job), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                               @Nullable String detail) {
        recordAs(SYSTEM, action, recordType, recordId, detail);
    }

    /** Records an action of a named actor (not the session's, e.g. someone using a link) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(String actor, AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                          @Nullable String detail) {
        records.insert(clock.instant(), actor, action, recordType, recordId, detail);
    }

    /** Records an action on its own, e.g. a login, which has no transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, AuditAction action, @Nullable String recordType, @Nullable Long recordId,
                         @Nullable String detail) {
        records.insert(clock.instant(), actor, action, recordType, recordId, detail);
    }

    /** Admins search the trail by person, record and time; newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return records.search(query, offset, Math.min(limit, 500));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return records.count(query);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
