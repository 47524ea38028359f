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
import org.kitabruecke.ui.Drafts;
import org.kitabruecke.ui.KeptDraft;

/**
 * A parent's booking answers until booked, in the server-side session and, for a restart of the portal, encrypted in
 * {@link Drafts}: kept on back, reload, language switch and redeploy; forgotten once booked (only what the
 * confirmation page shows stays, in the session) or when the draft expires.
 */
@SpringComponent
@VaadinSessionScope
class BookingDraft extends KeptDraft<BookStep> {

    private static final long serialVersionUID = 1L;

    private final AnsweredSteps<BookStep> steps = new AnsweredSteps<>(BookStep.class);
    private @Nullable Long locationId;
    private @Nullable LocalDate day;
    private @Nullable LocalDateTime slot;
    private final ContactAnswers contact = new ContactAnswers();
    private String topic = "";
    private @Nullable Done done;

    BookingDraft(Drafts drafts) {
        super(drafts, Drafts.BOOKING);
    }

    /** What the confirmation page shows. */
    record Done(long bookingId, String code, String manageToken, boolean mailSent, @Nullable String email)
            implements Serializable {
    }

    @Override
    public AnsweredSteps<BookStep> steps() {
        return steps;
    }

    void booked(Done result) {
        forget();
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

    /** The parent's own words, kept while they are typed: they must not be lost to a restart. */
    void topic(String typed) {
        topic = typed;
        keep();
    }
}
