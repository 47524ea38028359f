package org.kitabruecke.request;

import java.util.Optional;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.internal.HelpRequest;
import org.kitabruecke.request.internal.HelpRequestRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family's rights (Art. 15, 17 GDPR), carried out by an admin: everything stored about one request as JSON (and
 * as a readable page, the request's page), and erasure ahead of schedule. Both are audited.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DataSubjectRequests {

    private final HelpRequestRepository requests;
    private final RequestRetention retention;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DataSubjectRequests(HelpRequestRepository requests, RequestRetention retention, AuditTrail audit) {
        this.requests = requests;
        this.retention = retention;
        this.audit = audit;
    }

    /** The request behind a reference code as typed. */
    @Transactional(readOnly = true)
    public Optional<Long> find(String typedCode) {
        return ReferenceCode.parse(typedCode).flatMap(code -> requests.findByReferenceCode(code.value()))
                .map(HelpRequest::id);
    }

    /** Everything stored about the request, as JSON; audited as an export. */
    @Transactional
    public String export(long requestId) {
        CaseDetails details = requests.findById(requestId).map(HelpRequest::details)
                .orElseThrow(() -> new IllegalArgumentException("No request " + requestId));
        audit.record(AuditAction.EXPORT, "help_request", requestId, "data-subject");
        return json.writeValueAsString(details);
    }

    /** Removes the family's personal data now; the request's id, topics and states stay. Audited. */
    @Transactional
    public void erase(long requestId) {
        if (!requests.existsById(requestId)) {
            throw new IllegalArgumentException("No request " + requestId);
        }
        retention.forget(requestId, "data-subject");
    }
}
