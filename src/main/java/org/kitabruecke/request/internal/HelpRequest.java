package org.kitabruecke.request.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.request.ClosedReason;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.ReferenceCode;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.request.internal.CaseActivity.Action;
import org.springframework.dao.OptimisticLockingFailureException;

/** A family's request for help: what it is about and how to reach them, nothing more. */
@Entity
@Table(name = "help_request")
public class HelpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "reference_code", nullable = false, length = 10, columnDefinition = "char(10)")
    private String referenceCode = "";

    @Column(name = "pin_hash", nullable = false, length = 100)
    private String pinHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, columnDefinition = "varchar(12)")
    private RequestSource source = RequestSource.PARENT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, columnDefinition = "varchar(10)")
    private Urgency urgency = Urgency.QUESTION;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, columnDefinition = "varchar(12)")
    private RequestStatus status = RequestStatus.RECEIVED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "help_request_topic", joinColumns = @JoinColumn(name = "help_request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 20, columnDefinition = "varchar(20)")
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @Embedded
    private @Nullable ChildCounts children;

    @Column(name = "kita_id")
    private @Nullable Long kitaId;

    @Column(name = "district_id")
    private @Nullable Long districtId;

    @Embedded
    private FamilyContact contact = new FamilyContact();

    @Column(name = "free_text", length = NewHelpRequest.FREE_TEXT_MAX)
    private @Nullable String freeText;

    @Embedded
    private ConsentColumns consent = new ConsentColumns();

    @Column(name = "appointment_at")
    private @Nullable LocalDateTime appointmentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    private List<StatusChange> history = new ArrayList<>();

    @Column(name = "assigned_to", length = 80)
    private @Nullable String assignedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 20)
    private @Nullable ClosedReason closedReason;

    @Column(name = "referred_to")
    private @Nullable Long referredTo;

    @Column(name = "forwarded_by", length = 80)
    private @Nullable String forwardedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt")
    private List<CaseNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt")
    private List<CaseActivity> activity = new ArrayList<>();

    @Version
    private int version;

    protected HelpRequest() {
    }

    public HelpRequest(ReferenceCode code, String pinHash, NewHelpRequest submitted, Instant now) {
        this.referenceCode = code.value();
        this.pinHash = pinHash;
        this.source = submitted.source();
        this.urgency = submitted.urgency();
        this.topics = EnumSet.copyOf(submitted.topics());
        this.children = submitted.children() == null ? null : new ChildCounts(submitted.children());
        this.kitaId = submitted.kitaId();
        this.districtId = submitted.districtId();
        this.contact = new FamilyContact(submitted);
        this.freeText = submitted.freeText() == null || submitted.freeText().isBlank() ? null
                : submitted.freeText().strip();
        this.consent = new ConsentColumns(submitted.consent());
        this.createdAt = now;
        this.updatedAt = now;
        this.history.add(new StatusChange(this, RequestStatus.RECEIVED, now, null));
        this.activity.add(new CaseActivity(this, now, null, Action.RECEIVED, source.name()));
    }

    /** A request a Kita forwarded with the family's consent: which Kita account did it. */
    public void forwardedBy(String username) {
        if (source != RequestSource.KITA) {
            throw new IllegalStateException("Only a Kita's request is forwarded");
        }
        this.forwardedBy = username;
    }

    /** Gives the request to a social worker (or back to nobody), unless somebody changed it since {@code seen}. */
    public void assignTo(@Nullable String username, int seen, String actor, Instant now) {
        checkSeen(seen);
        assignedTo = username;
        touch(now, actor, Action.ASSIGNED, username);
    }

    /**
     * Moves the request on. Closing needs a reason; a closed request can be opened again (the family came back).
     * Anything else goes, so that a mistake can be put right.
     */
    public void moveTo(RequestStatus next, @Nullable ClosedReason reason, int seen, String actor, Instant now) {
        checkSeen(seen);
        if (next == status) {
            return;
        }
        if (next == RequestStatus.CLOSED && reason == null) {
            throw new IllegalArgumentException("Closing needs a reason");
        }
        if (next == RequestStatus.RECEIVED) {
            throw new IllegalArgumentException("A request cannot go back to received");
        }
        status = next;
        closedReason = next == RequestStatus.CLOSED ? reason : null;
        closedAt = next == RequestStatus.CLOSED ? now : null;
        if (assignedTo == null && next != RequestStatus.CLOSED) {
            assignedTo = actor;
        }
        history.add(new StatusChange(this, next, now, actor));
        touch(now, actor, Action.STATUS, reason == null ? next.name() : next.name() + ":" + reason.name());
    }

    /** Records that the family was referred to a partner service (by its id, name for the history). */
    public void referTo(long serviceId, String serviceName, int seen, String actor, Instant now) {
        checkSeen(seen);
        referredTo = serviceId;
        if (status != RequestStatus.CLOSED) {
            status = RequestStatus.REFERRED;
            history.add(new StatusChange(this, status, now, actor));
        }
        touch(now, actor, Action.REFERRED, serviceName);
    }

    /** An internal note; does not count as a change of the request (nobody's open page becomes stale by it). */
    public void addNote(String text, String author, Instant now) {
        String note = text.strip();
        if (note.isEmpty() || note.length() > CaseNote.TEXT_MAX) {
            throw new IllegalArgumentException("A note has 1 to " + CaseNote.TEXT_MAX + " characters");
        }
        notes.add(new CaseNote(this, now, author, note));
        activity.add(new CaseActivity(this, now, author, Action.NOTE, null));
    }

    /** A reply by e-mail was queued (it goes out through the outbox). */
    public void replied(String template, String actor, Instant now) {
        activity.add(new CaseActivity(this, now, actor, Action.REPLIED, template));
    }

    private void checkSeen(int seen) {
        if (seen != version) {
            throw new OptimisticLockingFailureException("Request " + id + " was changed since version " + seen);
        }
    }

    private void touch(Instant now, String actor, Action action, @Nullable String detail) {
        updatedAt = now;
        activity.add(new CaseActivity(this, now, actor, action, detail));
    }

    /** Everything, for the social worker who opens it. */
    public CaseDetails details() {
        return new CaseDetails(id(), referenceCode, source, forwardedBy, createdAt, urgency, status, closedReason,
                topics(), children == null ? null : children.children(), kitaId, districtId, contact.phone(), contact.email(), contact.emailOk(),
                contact.contactLanguage(), contact.pageLanguage(), contact.interpreterNeeded(), contact.callTimes(),
                contact.voicemailOk(), freeText,
                consent.record(),
                appointmentAt, assignedTo, referredTo,
                notes.stream().map(n -> new CaseDetails.Note(n.writtenAt(), n.writtenBy(), n.text())).toList(),
                activity.stream().map(a -> new CaseDetails.Activity(a.happenedAt(), a.actor(), a.action(),
                        a.detail())).toList(), version);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String referenceCode() {
        return referenceCode;
    }

    /** False once the family's personal data was erased (on schedule or on their request). */
    public boolean holdsPersonalData() {
        return anonymisedAt == null;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Not stored yet");
        }
        return id;
    }

    public String pinHash() {
        return pinHash;
    }

    public RequestStatus status() {
        return status;
    }

    public @Nullable LocalDateTime appointmentAt() {
        return appointmentAt;
    }

    /** Where the confirmation mail goes, unless the family asked not to be written to by e-mail. */
    public @Nullable EmailAddress mailAddress() {
        return contact.mailAddress();
    }

    public ContactLanguage contactLanguage() {
        return contact.contactLanguage();
    }

    public String pageLanguage() {
        return contact.pageLanguage();
    }

    public Set<Topic> topics() {
        return Set.copyOf(topics);
    }
}
