package org.kitabruecke.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.booking.ClosureEntry;
import org.springframework.beans.factory.annotation.Autowired;

/** Closed days on MariaDB: a holiday closes every place, a place's own closure only that place. */
@IntegrationTest
class ClosedDaysTest {

    static final long YOUTH_OFFICE = 1L;
    static final long WATTENSCHEID = 2L;
    /** Far beyond every booking window and every other test's days. */
    static final LocalDate HOLIDAY = LocalDate.of(2032, 2, 10);
    static final LocalDate OUTING = HOLIDAY.plusDays(1);

    @Autowired
    ClosedDays closedDays;

    @Test
    void aHolidayClosesEveryPlaceAndAClosureOnlyItsPlace() {
        try {
            closedDays.close(null, HOLIDAY, "Feiertag");
            closedDays.close(WATTENSCHEID, OUTING, " Betriebsausflug ");
            assertThat(closedDays.at(YOUTH_OFFICE, HOLIDAY, OUTING.plusDays(1))).containsExactly(HOLIDAY);
            assertThat(closedDays.at(WATTENSCHEID, HOLIDAY, OUTING.plusDays(1)))
                    .containsExactlyInAnyOrder(HOLIDAY, OUTING);
            assertThat(closedDays.at(WATTENSCHEID, HOLIDAY, OUTING)).as("until is exclusive").containsExactly(HOLIDAY);
            assertThat(closedDays.on(HOLIDAY).all()).isTrue();
            assertThat(closedDays.on(OUTING).all()).isFalse();
            assertThat(closedDays.on(OUTING).closes(WATTENSCHEID)).isTrue();
            assertThat(closedDays.on(OUTING).closes(YOUTH_OFFICE)).isFalse();
            assertThat(closedDays.from(YOUTH_OFFICE, HOLIDAY)).filteredOn(closure -> !closure.date().isAfter(OUTING))
                    .extracting(ClosureEntry::date, ClosureEntry::reason).containsExactly(tuple(HOLIDAY, "Feiertag"));
            assertThat(closedDays.from(WATTENSCHEID, HOLIDAY)).filteredOn(closure -> !closure.date().isAfter(OUTING))
                    .extracting(ClosureEntry::locationId, ClosureEntry::reason)
                    .containsExactly(tuple(null, "Feiertag"), tuple(WATTENSCHEID, "Betriebsausflug"));
        } finally {
            closedDays.from(WATTENSCHEID, HOLIDAY).stream().filter(closure -> !closure.date().isAfter(OUTING))
                    .forEach(closure -> closedDays.reopen(closure.id()));
        }
        assertThat(closedDays.at(WATTENSCHEID, HOLIDAY, OUTING.plusDays(1))).isEmpty();
    }
}
