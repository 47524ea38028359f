package org.kitabruecke.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.AfterCommit;
import org.kitabruecke.booking.BookingCode;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.booking.FamilyBookings;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.request.DataSubjectRequests;
import org.kitabruecke.request.ReferenceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A family's rights over all their data (Art. 15, 17 GDPR; decision 0016): a social worker finds everything of one
 * family — help requests, bookings, waiting-list entries — by a reference code, a booking code, an e-mail address
 * or a phone number (a family without a code may ask too), shows it as one printable page or one JSON file, and
 * erases all of it at once. Every step is in the audit trail; the contact searched for is not (only how it was searched).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class FamilyRights {

    private static final Logger LOG = LoggerFactory.getLogger(FamilyRights.class);

    /** How the family was searched for: what the typed term was read as. */
    public enum By { REFERENCE_CODE, BOOKING_CODE, EMAIL, PHONE }

    /** Everything found of one family; {@code by} is empty when the term was none of the four. */
    public record Found(Optional<By> by, List<CaseDetails> requests, FamilyBookings bookings) {

        public boolean isEmpty() {
            return requests.isEmpty() && bookings.isEmpty();
        }

        List<Long> requestIds() {
            return requests.stream().map(CaseDetails::id).toList();
        }
    }

    /** The JSON file the family is given. */
    record Export(Instant exportedAt, List<CaseDetails> helpRequests, List<FamilyBookings.Booked> bookings,
                  List<FamilyBookings.Waiting> waitingList) {
    }

    private final DataSubjectRequests requests;
    private final BookingDesk bookings;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    FamilyRights(DataSubjectRequests requests, BookingDesk bookings, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything of the family under the term as staff typed it. What a found record links to belongs to the family
     * too: the bookings of a request, the request of a booking, and the records under the other contact the family
     * gave in the same record (a help request with phone and e-mail finds the waiting-list entry under that e-mail).
     * This goes two steps, not on and on, so that one shared address cannot pull in strangers (decision 0016). The
     * search is audited with how, not what, was searched for.
     */
    public Found find(String typed) {
        Optional<ReferenceCode> code = ReferenceCode.parse(typed);
        Optional<BookingCode> booking = code.isPresent() ? Optional.empty() : BookingCode.parse(typed);
        Optional<EmailAddress> email = code.isPresent() || booking.isPresent() ? Optional.empty()
                : EmailAddress.parse(typed);
        Optional<PhoneNumber> phone = code.isPresent() || booking.isPresent() || email.isPresent() ? Optional.empty()
                : PhoneNumber.parse(typed);
        Optional<By> by = code.map(c -> By.REFERENCE_CODE).or(() -> booking.map(b -> By.BOOKING_CODE))
                .or(() -> email.map(e -> By.EMAIL)).or(() -> phone.map(p -> By.PHONE));
        if (by.isEmpty()) {
            audit.record(AuditAction.READ, "family", null, "family-search: neither code nor contact");
            return new Found(by, List.of(), new FamilyBookings(List.of(), List.of()));
        }
        String why = "family-search by " + by.get().name().toLowerCase(Locale.ROOT);
        var emails = new LinkedHashSet<EmailAddress>();
        email.ifPresent(emails::add);
        var phones = new LinkedHashSet<PhoneNumber>();
        phone.ifPresent(phones::add);
        List<CaseDetails> direct = requests.ofFamily(code.orElse(null), emails, phones, List.of(), List.of(), why);
        direct.forEach(request -> addContacts(request.email(), request.phone(), emails, phones));
        List<Long> directIds = direct.stream().map(CaseDetails::id).toList();
        FamilyBookings theirBookings = bookings.ofFamily(booking.orElse(null), emails, phones, directIds, why);
        var moreEmails = new LinkedHashSet<EmailAddress>();
        var morePhones = new LinkedHashSet<PhoneNumber>();
        theirBookings.bookings().forEach(b -> addContacts(b.email(), b.phone(), moreEmails, morePhones));
        moreEmails.addAll(emails);
        morePhones.addAll(phones);
        email.ifPresent(moreEmails::remove);
        phone.ifPresent(morePhones::remove);
        List<Long> linked = theirBookings.bookings().stream().map(FamilyBookings.Booked::helpRequestId)
                .filter(Objects::nonNull).distinct().filter(id -> !directIds.contains(id)).toList();
        var found = new ArrayList<>(direct);
        if (!linked.isEmpty() || !moreEmails.isEmpty() || !morePhones.isEmpty()) {
            found.addAll(requests.ofFamily(null, moreEmails, morePhones, linked, directIds, why + ", linked"));
        }
        audit.record(AuditAction.READ, "family", null, why + ": " + found.size() + " requests, "
                + theirBookings.bookings().size() + " bookings, " + theirBookings.waiting().size() + " waiting");
        return new Found(by, List.copyOf(found), theirBookings);
    }

    private static void addContacts(@Nullable EmailAddress email, @Nullable PhoneNumber phone,
                                    Set<EmailAddress> emails, Set<PhoneNumber> phones) {
        if (email != null) {
            emails.add(email);
        }
        if (phone != null) {
            phones.add(phone);
        }
    }

    /** The family's data as a JSON file; audited as an export of each record. */
    public String json(Found found) {
        exported(found, "family-json");
        return json.writeValueAsString(new Export(clock.instant(), found.requests(), found.bookings().bookings(),
                found.bookings().waiting()));
    }

    /** Records that the printable page was printed (the printout leaves the portal, as the file does). */
    public void printed(Found found) {
        exported(found, "family-print");
    }

    /** Erases all personal data that was found, at once; anonymous figures stay. Audited per record. */
    public void eraseAll(Found found) {
        requests.erase(found.requestIds());
        bookings.eraseFamily(found.bookings());
        // record ids only: what an operator repeats after restoring a backup made before this line (decision 0027)
        List<Long> requestIds = found.requestIds();
        List<Long> bookingIds = found.bookings().bookings().stream().map(FamilyBookings.Booked::id).toList();
        List<Long> waitingIds = found.bookings().waiting().stream().map(FamilyBookings.Waiting::id).toList();
        AfterCommit.run(() -> LOG.info("Erasure (Art. 17): help requests {}, bookings {}, waiting-list entries {}",
                requestIds, bookingIds, waitingIds));
    }

    private void exported(Found found, String how) {
        requests.exported(found.requestIds(), how);
        found.bookings().bookings().forEach(b -> audit.record(AuditAction.EXPORT, "booking", b.id(), how));
        found.bookings().waiting().forEach(w -> audit.record(AuditAction.EXPORT, "waitlist_entry", w.id(), how));
    }
}
