package org.kitabruecke.statistics;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.TestDays;
import org.kitabruecke.directory.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * One-tap entries on MariaDB: a wrong tap can be undone for a while by whoever made it, a second tap says it is the
 * second, and the district table adds up to the total, entries without a district in a row of their own.
 */
@IntegrationTest
@WithMockUser(username = "sozial", roles = "SOCIAL_WORKER")
class OneTapEntriesTest {

    static final TestDays DAYS = TestDays.forClass(OneTapEntriesTest.class);
    /** A quarter no other test writes into. */
    static final Quarter QUARTER = DAYS.quarter();

    @Autowired
    ActivityLog log;

    @Autowired
    QuarterlyFigures figures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        clock.followRealTime();
    }

    @Test
    void theDistrictTableAddsUpToTheTotalWithEntriesWithoutDistrictInARowOfTheirOwn() {
        clock.setCityTime(DAYS.day(TUESDAY, 4).atTime(9, 0));
        log.log(ActivityCategory.PHONE_COUNSELLING, 1L, Topic.MONEY, null);
        log.log(ActivityCategory.NETWORK_WORK, null, null, null);
        log.log(ActivityCategory.FAMILY_SESSION, null, Topic.HEALTH, null);

        Figures figures = this.figures.of(QUARTER);

        assertThat(figures.byDistrict().values().stream().mapToInt(Integer::intValue).sum())
                .as("the district table's rows add up to the total").isEqualTo(figures.total());
        assertThat(figures.byDistrict().get(Figures.NO_DISTRICT)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSecondTapIsCountedAsTheSecondEntryOfTheDay() {
        clock.setCityTime(DAYS.day(TUESDAY, 7).atTime(9, 0));
        LoggedActivity first = log.log(ActivityCategory.KITA_COUNSELLING, 2L, null, null);
        LoggedActivity second = log.log(ActivityCategory.KITA_COUNSELLING, 2L, null, null);
        LoggedActivity other = log.log(ActivityCategory.FAMILY_SESSION, 2L, null, null);

        assertThat(second.countToday()).isEqualTo(first.countToday() + 1);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(other.countToday()).as("counted per kind of activity").isEqualTo(1);
        clock.setCityTime(DAYS.day(WEDNESDAY, 7).atTime(9, 0));
        assertThat(log.log(ActivityCategory.KITA_COUNSELLING, 2L, null, null).countToday())
                .as("a new day starts at one").isEqualTo(1);
    }

    @Test
    void aWrongTapIsUndoneWithinTheWindowAndStaysAfterIt() {
        clock.setCityTime(DAYS.at(MONDAY, 11, 0));
        int before = figures.of(QUARTER).total();
        LoggedActivity wrong = log.log(ActivityCategory.NETWORK_WORK, 3L, null, null);
        assertThat(figures.of(QUARTER).total()).isEqualTo(before + 1);
        assertThat(wrong.undoUntil()).isEqualTo(clock.instant().plus(log.undoWindow()));

        clock.setCityTime(DAYS.at(MONDAY, 11, 0).plus(log.undoWindow()).minusSeconds(1));
        assertThat(log.undo(wrong.id())).isEqualTo(UndoOutcome.UNDONE);
        assertThat(figures.of(QUARTER).total()).isEqualTo(before);
        assertThat(log.undo(wrong.id())).as("undone once").isEqualTo(UndoOutcome.GONE);

        clock.setCityTime(DAYS.at(MONDAY, 12, 0));
        LoggedActivity kept = log.log(ActivityCategory.NETWORK_WORK, 3L, null, null);
        clock.setCityTime(DAYS.at(MONDAY, 12, 0).plus(log.undoWindow()).plusSeconds(1));
        assertThat(log.undo(kept.id())).isEqualTo(UndoOutcome.TOO_LATE);
        assertThat(figures.of(QUARTER).total()).isEqualTo(before + 1);
    }

    @Test
    void onlyWhoeverTappedCanUndoIt() {
        clock.setCityTime(DAYS.at(TUESDAY, 11, 0));
        LoggedActivity mine = log.log(ActivityCategory.PHONE_COUNSELLING, 1L, null, null);
        TestSecurityContextHolder.setAuthentication(new UsernamePasswordAuthenticationToken("sozial2", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_SOCIAL_WORKER")));

        assertThat(log.undo(mine.id())).isEqualTo(UndoOutcome.NOT_YOURS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_count WHERE id = ?", Integer.class,
                mine.id())).isEqualTo(1);
    }
}
