package org.kitabruecke.request;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.ConsentRecord;

/**
 * Everything the family (or their Kita) gave, for the social worker who opens the request, with what the team did
 * since: notes, activity, assignment, referral. {@code version} is what a change must name (optimistic locking).
 * What was not asked or not answered stays so ({@code null}, {@link OptionalAnswer#NOT_ANSWERED}).
 */
public record CaseDetails(long id, String referenceCode, RequestSource source, @Nullable String forwardedBy,
                          Instant receivedAt, Urgency urgency, RequestStatus status, @Nullable ClosedReason closedReason,
                          Set<Topic> topics, @Nullable Children children,
                          @Nullable Long kitaId, @Nullable Long districtId, @Nullable PhoneNumber phone,
                          @Nullable EmailAddress email, OptionalAnswer emailOk, ContactLanguage contactLanguage,
                          String pageLanguage,
                          boolean interpreterNeeded, @Nullable String callTimes, OptionalAnswer voicemailOk,
                          @Nullable String freeText, ConsentRecord consent, @Nullable LocalDateTime appointmentAt,
                          @Nullable String assignedTo, @Nullable Long referredTo, List<Note> notes,
                          List<Activity> activity, int version) {

    /** An internal note of the team. */
    public record Note(Instant writtenAt, String writtenBy, String text) {
    }

    /** Something that happened: who (none for the family or the system), what, and a detail (a state, a name). */
    public record Activity(Instant at, @Nullable String actor, String action, @Nullable String detail) {
    }

    /**
     * The request as the family may see it (Art. 15 GDPR): everything they gave and everything noted about them —
     * including the team's notes, which are data about the family — but not who of the staff or of the Kita did
     * what: those names are the staff's data, not the family's (Art. 15(4)). Decision 0016.
     */
    public CaseDetails forFamily() {
        List<Note> theirNotes = notes.stream().map(note -> new Note(note.writtenAt(), "", note.text())).toList();
        List<Activity> theirHistory = activity.stream().map(event -> new Activity(event.at(), null, event.action(),
                "ASSIGNED".equals(event.action()) ? null : event.detail())).toList();
        return new CaseDetails(id, referenceCode, source, null, receivedAt, urgency, status, closedReason, topics,
                children, kitaId, districtId, phone, email, emailOk, contactLanguage, pageLanguage, interpreterNeeded,
                callTimes, voicemailOk, freeText, consent, appointmentAt, null, referredTo, theirNotes, theirHistory,
                version);
    }

    /** Whether the team may answer by e-mail: an address was given and the family did not object. */
    public boolean canMail() {
        return email != null && emailOk != OptionalAnswer.NO;
    }
}
