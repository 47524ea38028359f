package org.kitabruecke.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and times as the reader's language writes them, by ICU4J: "Dienstag, 1. Dezember", "الثلاثاء، ١ ديسمبر",
 * "9:00–12:00". ICU chooses digits, order, separators and calendar; we never assemble them by hand.
 */
public final class Formats {

    private final ZoneId zone;

    public Formats(ZoneId zone) {
        this.zone = zone;
    }

    /** Weekday, day and month, e.g. "Dienstag, 1. Dezember". */
    public String day(LocalDate date, Locale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton("EEEEdMMMM", Language.gregorian(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(toDate(date, LocalTime.NOON));
    }

    /** The first day of the week that contains {@code day}, as the reader's region counts weeks (ICU). */
    public LocalDate weekStart(LocalDate day, Locale locale) {
        int first = Calendar.getInstance(ULocale.forLocale(locale)).getFirstDayOfWeek(); // 1 = Sunday
        int isoFirst = first == Calendar.SUNDAY ? 7 : first - 1;
        int back = (day.getDayOfWeek().getValue() - isoFirst + 7) % 7;
        return day.minusDays(back);
    }

    /** Weekday, day, month and time, e.g. "Dienstag, 1. Dezember um 14:30". */
    public String dayAndTime(LocalDateTime when, Locale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton("EEEEdMMMMjm", Language.gregorian(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(toDate(when.toLocalDate(), when.toLocalTime()));
    }

    /** A time range on one day, e.g. "09:00–12:00" (de) or "9:00 – 12:00 AM" where the language says so. */
    public String timeRange(LocalDate date, LocalTime from, LocalTime until, Locale locale) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("jm", Language.gregorian(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(new DateInterval(toDate(date, from).getTime(), toDate(date, until).getTime()));
    }

    /** A time of day, e.g. "14:30" (de) or "2:30 PM" (en). */
    public String time(LocalDate date, LocalTime time, Locale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton("jm", Language.gregorian(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(toDate(date, time));
    }

    /**
     * A phone number kept left to right and on one line inside any sentence: in Arabic, "0221 4710 999" would
     * otherwise be shown as "999 4710 0221". Uses Unicode isolates (LRI … PDI) and no-break spaces.
     */
    public static String phoneNumber(String number) {
        return "\u2066" + number.strip().replace(' ', '\u00A0') + "\u2069";
    }

    private Date toDate(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(zone).toInstant());
    }
}
