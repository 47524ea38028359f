package org.kitabruecke.booking.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parent's booking answers until booked, in the server-side session only: kept on back, reload and language
 * switch; forgotten once booked (only what the confirmation page shows stays) or when the session ends.
 */
@SpringComponent
@VaadinSessionScope
class BookingDraft implements Serializable {

    private final EnumSet<BookStep> answered = EnumSet.noneOf(BookStep.class);
    private @Nullable Long locationId;
    private @Nullable LocalDate day;
    private @Nullable LocalDateTime slot;
    private String phone = "";
    private String email = "";
    private @Nullable String contactLanguage;
    private @Nullable Boolean interpreter;
    private String topic = "";
    private @Nullable Done done;

    /** What the confirmation page shows. */
    record Done(long bookingId, String code, String manageToken, boolean mailSent, @Nullable String email)
            implements Serializable {
    }

    Optional<BookStep> firstOpenBefore(BookStep step) {
        for (BookStep earlier : BookStep.values()) {
            if (earlier.ordinal() >= step.ordinal()) {
                break;
            }
            if (!answered.contains(earlier)) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    void answered(BookStep step) {
        answered.add(step);
    }

    /** Makes a page unanswered again, e.g. the time after the day changed or the slot was taken. */
    void unanswered(BookStep step) {
        answered.remove(step);
    }

    boolean allAnswered() {
        return firstOpenBefore(BookStep.CHECK).isEmpty();
    }

    void booked(Done result) {
        answered.clear();
        locationId = null;
        day = null;
        slot = null;
        phone = "";
        email = "";
        contactLanguage = null;
        interpreter = null;
        topic = "";
        done = result;
    }

    Optional<Done> done() {
        return Optional.ofNullable(done);
    }

    @Nullable Long locationId() {
        return locationId;
    }

    void locationId(@Nullable Long id) {
        if (id == null || !id.equals(locationId)) {
            day = null;
            slot = null;
            answered.remove(BookStep.DAY);
            answered.remove(BookStep.TIME);
        }
        locationId = id;
    }

    @Nullable LocalDate day() {
        return day;
    }

    void day(@Nullable LocalDate chosen) {
        if (chosen == null || !chosen.equals(day)) {
            slot = null;
            answered.remove(BookStep.TIME);
        }
        day = chosen;
    }

    @Nullable LocalDateTime slot() {
        return slot;
    }

    void slot(@Nullable LocalDateTime chosen) {
        slot = chosen;
    }

    String phone() {
        return phone;
    }

    void phone(String typed) {
        phone = typed;
    }

    String email() {
        return email;
    }

    void email(String typed) {
        email = typed;
    }

    @Nullable String contactLanguage() {
        return contactLanguage;
    }

    void contactLanguage(@Nullable String code) {
        contactLanguage = code;
    }

    @Nullable Boolean interpreter() {
        return interpreter;
    }

    void interpreter(@Nullable Boolean needed) {
        interpreter = needed;
    }

    String topic() {
        return topic;
    }

    void topic(String typed) {
        topic = typed;
    }
}
