package org.kitabruecke;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kitabruecke.statistics.Quarter;

/** The test fixtures' days and times, without Spring: what {@code @CityTime} means and which days a class owns. */
class TestDaysTest {

    static class OneClass {
    }

    static class AnotherClass {
    }

    @Test
    void eachClassKeepsItsOwnQuarterAndNoOtherClassGetsIt() {
        TestDays one = TestDays.forClass(OneClass.class);
        TestDays another = TestDays.forClass(AnotherClass.class);

        assertThat(TestDays.forClass(OneClass.class)).isSameAs(one);
        assertThat(one.quarter()).isNotEqualTo(another.quarter());
        assertThat(one.quarter()).as("after every fixed test date, before MariaDB's TIMESTAMP ends")
                .isBetween(new Quarter(2032, 1), new Quarter(2037, 4));
        assertThat(Quarter.of(one.day(FRIDAY, 11))).as("the last week offered").isEqualTo(one.quarter());
        assertThat(one.day(MONDAY)).as("the quarter's first full week")
                .isBetween(one.quarter().firstDay(), one.quarter().firstDay().plusDays(6));
        assertThatThrownBy(() -> one.day(FRIDAY, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeekdayMeansThatDayInTheClassesTestWeekAndADateTimeMeansItself() {
        assertThat(CityTimeExtension.parse("tuesday 10:30", OneClass.class))
                .isEqualTo(TestDays.forClass(OneClass.class).at(TUESDAY, 10, 30));
        assertThat(CityTimeExtension.parse("Friday 09:00", OneClass.class))
                .isEqualTo(TestDays.forClass(OneClass.class).day(FRIDAY).atTime(9, 0));
        assertThat(CityTimeExtension.parse("2026-12-01T10:30", OneClass.class))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 30));
        assertThatThrownBy(() -> CityTimeExtension.parse("next tuesday", OneClass.class))
                .hasMessageContaining("\"tuesday 10:30\" or \"2026-12-01T10:30\"");
    }
}
