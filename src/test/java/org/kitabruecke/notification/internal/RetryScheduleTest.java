package org.kitabruecke.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The defaults: 1 minute after the first failure, doubling, at most an hour, given up after 8 attempts. */
class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 8);
    private final Instant failed = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToAnHour() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(schedule::waitAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void aMailIsTriedForAboutTwoHoursBeforeItIsGivenUpOn() {
        Duration tried = IntStream.range(1, 8).mapToObj(schedule::waitAfter).reduce(Duration.ZERO, Duration::plus);
        assertThat(tried).isEqualTo(Duration.ofMinutes(123));
        assertThat(schedule.isExhausted(7)).isFalse();
        assertThat(schedule.isExhausted(8)).isTrue();
    }

    @Test
    void aFailedMailIsDueOnlyOnceItsWaitIsOverAndNeverAfterItsLastAttempt() {
        assertThat(schedule.isDue(3, failed, failed.plus(Duration.ofMinutes(3)))).isFalse();
        assertThat(schedule.isDue(3, failed, failed.plus(Duration.ofMinutes(4)))).isTrue();
        assertThat(schedule.isDue(8, failed, failed.plus(Duration.ofDays(1)))).isFalse();
    }
}
