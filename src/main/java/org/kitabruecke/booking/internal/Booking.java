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
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingCode;
import org.kitabruecke.booking.BookingStatus;
import org.kitabruecke.booking.NewBooking;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;

/** A parent's place in one slot of the open consultation hour. The slot's capacity is guarded by the slot ledger. */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "booking_code", nullable = false, length = 10, columnDefinition = "char(10)")
    private String code = "";

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt = LocalDateTime.MIN;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt = LocalDateTime.MIN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, columnDefinition = "varchar(12)")
    private BookingStatus status = BookingStatus.BOOKED;

    @Column(length = 20)
    private @Nullable PhoneNumber phone;

    @Column(length = EmailAddress.MAX)
    private @Nullable EmailAddress email;

    @Column(name = "contact_language", nullable = false, length = ContactLanguage.MAX)
    private ContactLanguage contactLanguage = ContactLanguage.of("de");

    @Column(name = "page_language", nullable = false, length = 8)
    private String pageLanguage = "de";

    @Column(name = "interpreter_language", length = 8)
    private @Nullable String interpreterLanguage;

    @Column(length = NewBooking.TOPIC_MAX)
    private @Nullable String topic;

    @Column(name = "help_request_id")
    private @Nullable Long helpRequestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @Version
    private int version;

    protected Booking() {
    }

    public Booking(BookingCode code, NewBooking booking, LocalDateTime endsAt, Instant now) {
        this.code = code.value();
        this.locationId = booking.locationId();
        this.startsAt = booking.startsAt();
        this.endsAt = endsAt;
        this.phone = booking.phone();
        this.email = booking.email();
        this.contactLanguage = booking.contactLanguage();
        this.pageLanguage = booking.pageLanguage();
        this.interpreterLanguage = booking.interpreterLanguage();
        this.topic = booking.topic() == null || booking.topic().isBlank() ? null : booking.topic().strip();
        this.createdAt = now;
    }

    /** Cancels once; a second cancellation changes nothing. Returns whether this call cancelled it. */
    public boolean cancel(Instant now) {
        if (status != BookingStatus.BOOKED) {
            return false;
        }
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        return true;
    }

    /** Records whether the parent came; only for a booking that was not cancelled. */
    public boolean markAttendance(boolean attended) {
        if (status == BookingStatus.CANCELLED) {
            return false;
        }
        status = attended ? BookingStatus.ATTENDED : BookingStatus.NO_SHOW;
        return true;
    }

    public void linkTo(long requestId) {
        helpRequestId = requestId;
    }

    public @Nullable Long helpRequestId() {
        return helpRequestId;
    }

    public @Nullable PhoneNumber phone() {
        return phone;
    }

    public @Nullable String interpreterLanguage() {
        return interpreterLanguage;
    }

    public @Nullable String topic() {
        return topic;
    }

    /** Marks the reminder as sent (it goes out through the outbox); false if there is nothing to remind of. */
    public boolean remind(Instant now) {
        if (status != BookingStatus.BOOKED || remindedAt != null || email == null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public BookingCode code() {
        return new BookingCode(code);
    }

    public long locationId() {
        return locationId;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public BookingStatus status() {
        return status;
    }

    public @Nullable EmailAddress email() {
        return email;
    }

    public ContactLanguage contactLanguage() {
        return contactLanguage;
    }

    public String pageLanguage() {
        return pageLanguage;
    }
}
