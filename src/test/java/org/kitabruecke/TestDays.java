package org.kitabruecke;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kitabruecke.statistics.Quarter;

/**
 * Days on the one shared MariaDB that belong to one test class alone: each class that asks gets a calendar quarter of
 * its own, and its <em>test week</em> is the quarter's first full week. A class books, fills and erases on its own
 * days, and its quarter's figures count only what it did, whatever the other classes do, in any order.
 *
 * <p>Quarters are handed out in the order classes first ask, from 2032 Q1 on: after every fixed date a test or the
 * demo data uses (the demo's holidays end in January 2027), on weekly hours only (no holidays), and before 2038,
 * where MariaDB's TIMESTAMP columns end. The test database is fresh in every JVM (Surefire and Failsafe run one each)
 * and the map is per JVM, so no two classes ever share a day. Which class gets which quarter depends on the order
 * the classes run in; a failing assertion shows the dates themselves.
 */
public final class TestDays {

    private static final Quarter FIRST = new Quarter(2032, 1);
    private static final Quarter LAST = new Quarter(2037, 4);
    private static final Map<Class<?>, TestDays> HANDED_OUT = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Quarter quarter;
    private final LocalDate monday;

    private TestDays(Quarter quarter) {
        this.quarter = quarter;
        this.monday = quarter.firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** The days of a test class: the same on every call in this JVM, shared with no other class. */
    public static TestDays forClass(Class<?> testClass) {
        return HANDED_OUT.computeIfAbsent(testClass, owner -> new TestDays(quarterAt(NEXT.getAndIncrement())));
    }

    private static Quarter quarterAt(int index) {
        int quarters = FIRST.year() * 4 + FIRST.number() - 1 + index;
        Quarter quarter = new Quarter(quarters / 4, quarters % 4 + 1);
        if (quarter.compareTo(LAST) > 0) {
            throw new IllegalStateException("More than " + index + " test classes ask for days of their own; "
                    + "TestDays has quarters up to " + LAST + " only (MariaDB's TIMESTAMP ends in 2038)");
        }
        return quarter;
    }

    /** The class's quarter, for figures that count only its own days. */
    public Quarter quarter() {
        return quarter;
    }

    /** The day in the test week, e.g. {@code day(TUESDAY)}. */
    public LocalDate day(DayOfWeek dayOfWeek) {
        return day(dayOfWeek, 0);
    }

    /**
     * The day {@code weeksLater} weeks after the test week, e.g. a Friday two weeks ahead, still inside the class's
     * quarter (a quarter has at least 12 weeks after its first Monday).
     */
    public LocalDate day(DayOfWeek dayOfWeek, int weeksLater) {
        if (weeksLater < 0 || weeksLater > 11) {
            throw new IllegalArgumentException("0 to 11 weeks after the test week stay in the quarter: " + weeksLater);
        }
        return monday.plusWeeks(weeksLater).plusDays(dayOfWeek.getValue() - 1L);
    }

    /** A time on a day in the test week, e.g. {@code at(TUESDAY, 10, 30)}. */
    public LocalDateTime at(DayOfWeek dayOfWeek, int hour, int minute) {
        return day(dayOfWeek).atTime(LocalTime.of(hour, minute));
    }
}
