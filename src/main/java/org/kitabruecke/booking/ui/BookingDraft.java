package org.kitabruecke.booking.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.ui.AnsweredSteps;
import org.kitabruecke.ui.ContactAnswers;

/**
 * A parent's booking answers until booked, in the server-side session only: kept on back, reload and language
 * switch; forgotten once booked (only what the confirmation page shows stays) or when the session ends.
 */
@SpringComponent
@VaadinSessionScope
class BookingDraft implements Serializable {

    private final AnsweredSteps<BookStep> steps = new AnsweredSteps<>(BookStep.class);
    private @Nullable Long locationId;
    private @Nullable LocalDate day;
    private @Nullable LocalDateTime slot;
    private final ContactAnswers contact = new ContactAnswers();
    private String topic = "";
    private @Nullable Done done;

    /** What the confirmation page shows. */
    record Done(long bookingId, String code, String manageToken, boolean mailSent, @Nullable String email)
            implements Serializable {
    }

    AnsweredSteps<BookStep> steps() {
        return steps;
    }

    void booked(Done result) {
        steps.clear();
        locationId = null;
        day = null;
        slot = null;
        contact.clear();
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
            steps.unanswered(BookStep.DAY);
            steps.unanswered(BookStep.TIME);
        }
        locationId = id;
    }

    @Nullable LocalDate day() {
        return day;
    }

    void day(@Nullable LocalDate chosen) {
        if (chosen == null || !chosen.equals(day)) {
            slot = null;
            steps.unanswered(BookStep.TIME);
        }
        day = chosen;
    }

    @Nullable LocalDateTime slot() {
        return slot;
    }

    void slot(@Nullable LocalDateTime chosen) {
        slot = chosen;
    }

    ContactAnswers contact() {
        return contact;
    }

    String topic() {
        return topic;
    }

    void topic(String typed) {
        topic = typed;
    }
}
