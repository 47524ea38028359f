package org.kitabruecke.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ConsultationHoursTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Autowired
    ConsultationHours hours;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.followRealTime();
    }

    @Test
    void listsTodaysOpenHoursInTimeOrder() {
        assertThat(hours.on(TUESDAY)).extracting(OpenHour::startsAt, OpenHour::locationName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 0), "Jugendamt Ruhrstadt, Haus A"),
                org.assertj.core.groups.Tuple.tuple(LocalTime.of(14, 0), "Stadtteilbüro Wattenscheid"));
    }

    @Test
    void onHolidaysThereAreNoOpenHoursAndTheNextOneIsAfterThem() {
        assertThat(hours.on(LocalDate.of(2026, 12, 24))).as("Christmas Eve, a Thursday").isEmpty();
        clock.setCityTime(LocalDateTime.of(2026, 12, 23, 18, 0));
        assertThat(hours.next()).get().extracting(OpenHour::date).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(hours.upcomingAt(1L, 7)).extracting(OpenHour::date)
                .doesNotContain(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    }

    @Test
    void theNextOpenHourSkipsHoursThatHaveEnded() {
        clock.setCityTime(TUESDAY.atTime(12, 0));
        assertThat(hours.next()).get().extracting(OpenHour::date, OpenHour::startsAt)
                .containsExactly(TUESDAY, LocalTime.of(14, 0));
    }

    @Test
    void overTheWeekendTheNextOpenHourIsOnMonday() {
        clock.setCityTime(LocalDateTime.of(2026, 12, 5, 8, 0));
        assertThat(hours.on(LocalDate.of(2026, 12, 5))).isEmpty();
        assertThat(hours.next()).get().extracting(OpenHour::date, OpenHour::startsAt)
                .containsExactly(LocalDate.of(2026, 12, 7), LocalTime.of(9, 0));
    }

    @Test
    void anHourIsOverOnlyOnceItsEndHasPassed() {
        OpenHour morning = hours.on(TUESDAY).getFirst();
        clock.setCityTime(TUESDAY.atTime(11, 59));
        assertThat(hours.isOver(morning)).isFalse();
        clock.setCityTime(TUESDAY.atTime(12, 0));
        assertThat(hours.isOver(morning)).isTrue();
    }
}
