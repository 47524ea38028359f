package org.kitabruecke.request;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.internal.HelpRequest;
import org.kitabruecke.request.internal.HelpRequestRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's rights (Art. 15, 17 GDPR) on their help requests, carried out by a social worker or an admin: the
 * requests found by reference code, e-mail address or phone number — from parents and forwarded by Kitas — as the
 * family may see them, and erasure ahead of schedule. Bookings and waiting-list entries are the booking module's;
 * {@code inbox.FamilyRights} puts both together. Every request found and every erasure is audited.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class DataSubjectRequests {

    private final HelpRequestRepository requests;
    private final RequestRetention retention;
    private final AuditTrail audit;

    DataSubjectRequests(HelpRequestRepository requests, RequestRetention retention, AuditTrail audit) {
        this.requests = requests;
        this.retention = retention;
        this.audit = audit;
    }

    /**
     * The family's requests still holding personal data: the one with the code, those with the family's addresses
     * or numbers, and those with the given ids (linked to the family's bookings), leaving out the {@code known}
     * ones; as the family may see them ({@link CaseDetails#forFamily()}). Each is recorded as read, with
     * {@code why} (never the contact itself).
     */
    public List<CaseDetails> ofFamily(@Nullable ReferenceCode code, Collection<EmailAddress> emails,
                                      Collection<PhoneNumber> phones, Collection<Long> ids, Collection<Long> known,
                                      String why) {
        var found = new LinkedHashSet<HelpRequest>();
        if (code != null) {
            requests.findByReferenceCode(code.value()).ifPresent(found::add);
        }
        emails.forEach(email -> found.addAll(requests.findByEmailOfFamily(email.value())));
        phones.forEach(phone -> found.addAll(requests.findByPhoneOfFamily(phone.e164())));
        found.addAll(requests.findAllById(ids));
        List<CaseDetails> theirs = found.stream().filter(HelpRequest::holdsPersonalData)
                .filter(request -> !known.contains(request.id()))
                .sorted(java.util.Comparator.comparing(HelpRequest::id)).map(HelpRequest::details)
                .map(CaseDetails::forFamily).toList();
        theirs.forEach(request -> audit.record(AuditAction.READ, "help_request", request.id(), why));
        return theirs;
    }

    /** Records that the family's data on these requests left the portal (printed or downloaded). */
    public void exported(Collection<Long> ids, String how) {
        ids.forEach(id -> audit.record(AuditAction.EXPORT, "help_request", id, how));
    }

    /** Removes the family's personal data from these requests now; ids, topics and states stay. Audited. */
    public void erase(Collection<Long> ids) {
        ids.forEach(id -> retention.forget(id, "data-subject"));
    }
}
