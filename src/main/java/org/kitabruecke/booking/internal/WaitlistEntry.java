package org.kitabruecke.booking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;

/**
 * A parent waiting for a place on a fully booked day. Waiting, then offered a freed place (held for them until the
 * offer expires), then booked or expired.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {

    public enum Status { WAITING, OFFERED, BOOKED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "wanted_on", nullable = false)
    private LocalDate wantedOn = LocalDate.MIN;

    // only ever null while Hibernate builds the entity
    @Column(nullable = false, length = EmailAddress.MAX)
    private @Nullable EmailAddress email;

    @Column(name = "contact_language", nullable = false, length = ContactLanguage.MAX)
    private ContactLanguage contactLanguage = ContactLanguage.of("de");

    @Column(name = "page_language", nullable = false, length = 8)
    private String pageLanguage = "de";

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    private Status status = Status.WAITING;

    @Column(name = "offered_slot")
    private @Nullable LocalDateTime offeredSlot;

    @Column(name = "offer_expires_at")
    private @Nullable LocalDateTime offerExpiresAt;

    @Column(name = "offer_token_hash", length = 64, columnDefinition = "char(64)")
    private @Nullable String offerTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private int version;

    protected WaitlistEntry() {
    }

    public WaitlistEntry(long locationId, LocalDate wantedOn, EmailAddress email, ContactLanguage contactLanguage,
                         String pageLanguage, Instant now) {
        this.locationId = locationId;
        this.wantedOn = wantedOn;
        this.email = email;
        this.contactLanguage = contactLanguage;
        this.pageLanguage = pageLanguage;
        this.createdAt = now;
    }

    /** Holds a freed place for this parent until {@code expiresAt}; the link follows with the mail. */
    public void offer(LocalDateTime slot, LocalDateTime expiresAt) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("Only a waiting parent can be offered a place");
        }
        status = Status.OFFERED;
        offeredSlot = slot;
        offerExpiresAt = expiresAt;
        offerTokenHash = null;
    }

    /** The offer's link: the hash of its token identifies the offer; a new one replaces the old. */
    public void linkOffer(String tokenHash) {
        if (status != Status.OFFERED) {
            throw new IllegalStateException("Only an offer has a link");
        }
        offerTokenHash = tokenHash;
    }

    public boolean isOpenOffer(LocalDateTime now) {
        return status == Status.OFFERED && offerExpiresAt != null && now.isBefore(offerExpiresAt);
    }

    public void booked() {
        status = Status.BOOKED;
    }

    public void expire() {
        status = Status.EXPIRED;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long locationId() {
        return locationId;
    }

    public LocalDate wantedOn() {
        return wantedOn;
    }

    public EmailAddress email() {
        return Objects.requireNonNull(email);
    }

    public ContactLanguage contactLanguage() {
        return contactLanguage;
    }

    public String pageLanguage() {
        return pageLanguage;
    }

    public Status status() {
        return status;
    }

    public @Nullable LocalDateTime offeredSlot() {
        return offeredSlot;
    }

    public @Nullable LocalDateTime offerExpiresAt() {
        return offerExpiresAt;
    }
}
