package org.kitabruecke.notification.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an undelivered mail is tried again: {@code kitabruecke.mail.retry-after} after the first failed attempt,
 * twice as long after each further one, never longer than {@code kitabruecke.mail.retry-max-wait}; after
 * {@code kitabruecke.mail.max-attempts} attempts it is given up on (parked). With the defaults (1 minute, 1 hour,
 * 8 attempts) a mail is tried for about two hours: long enough for a mail server's restart or a short outage,
 * short enough that staff learn the same day that a family did not get its confirmation.
 */
@Component
class RetrySchedule {

    private final Duration firstWait;
    private final Duration maxWait;
    private final int maxAttempts;

    RetrySchedule(@Value("${kitabruecke.mail.retry-after:PT1M}") Duration firstWait,
                  @Value("${kitabruecke.mail.retry-max-wait:PT1H}") Duration maxWait,
                  @Value("${kitabruecke.mail.max-attempts:8}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("kitabruecke.mail.max-attempts must be at least 1");
        }
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        this.maxAttempts = maxAttempts;
    }

    /** How long to wait after the given number of failed attempts. */
    Duration waitAfter(int attempts) {
        Duration wait = firstWait;
        for (int i = 1; i < attempts && wait.compareTo(maxWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** Whether a mail that failed {@code attempts} times, the last one begun at {@code lastAttempt}, is due. */
    boolean isDue(int attempts, Instant lastAttempt, Instant now) {
        return !isExhausted(attempts) && !now.isBefore(lastAttempt.plus(waitAfter(attempts)));
    }

    /** Whether no further attempt is made by itself: the mail is parked. */
    boolean isExhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
