package org.kitabruecke.privacy;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long each kind of record keeps a family's personal data, as the privacy notice states it: the settings
 * ({@code kitabruecke.retention.*}, decision 0009) that the modules' nightly retention jobs apply, with their
 * defaults.
 *
 * @param closed     a help request, after it was closed
 * @param unanswered a help request nobody could answer, after it came in
 * @param open       a help request still open (in progress, referred, appointment), after its last change
 * @param booking    a booking of the open consultation hour, after the appointment
 * @param waitlist   a waiting-list entry, after it was made
 * @param parkedMail a mail given up on ("parked"), after that
 */
@Component
public record RetentionPeriods(
        @Value("${kitabruecke.retention.closed-after:P182D}") Duration closed,
        @Value("${kitabruecke.retention.unanswered-after:P90D}") Duration unanswered,
        @Value("${kitabruecke.retention.open-after:P365D}") Duration open,
        @Value("${kitabruecke.retention.booking-after:P30D}") Duration booking,
        @Value("${kitabruecke.retention.waitlist-after:P30D}") Duration waitlist,
        @Value("${kitabruecke.retention.parked-mail-after:P30D}") Duration parkedMail) {
}
