package org.kitabruecke.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates and times as the reader's language writes them, by ICU4J: "Dienstag, 1. Dezember", "الثلاثاء، ١ ديسمبر",
 * "9:00–12:00". ICU chooses digits, order, separators and calendar; we never assemble them by hand.
 */
public final class Formats {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final double DAYS_PER_YEAR = 365.2425;
    private static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
    private static final int ROUNDING_DAYS = 3;

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

    /** A date with year, e.g. "30. November 2026". */
    public String date(LocalDate date, Locale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMd", Language.gregorian(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(toDate(date, LocalTime.NOON));
    }

    /**
     * A period as people say it, in the reader's language and digits (ICU, wide): "1 Jahr", "6 Monate", "30 Tage".
     * Whole years, or whole months from two on, when the period is within {@value #ROUNDING_DAYS} days of them; days
     * otherwise (a part of a day counts as a day). So a retention period is never stated shorter than it is by more
     * than three days: 182 days are "6 Monate" (182.6 days on average), 90 days "3 Monate", 30 days "30 Tage".
     */
    public static String duration(Duration period, Locale locale) {
        long days = Math.max(1, (period.toSeconds() + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY);
        Measure measure = near(days, DAYS_PER_YEAR, 1, MeasureUnit.YEAR);
        if (measure == null) {
            measure = near(days, DAYS_PER_MONTH, 2, MeasureUnit.MONTH);
        }
        if (measure == null) {
            measure = new Measure(days, MeasureUnit.DAY);
        }
        return MeasureFormat.getInstance(Language.gregorian(locale), MeasureFormat.FormatWidth.WIDE).format(measure);
    }

    private static @Nullable Measure near(long days, double unitDays, long fewest, MeasureUnit unit) {
        long count = Math.round(days / unitDays);
        return count >= fewest && Math.abs(days - count * unitDays) <= ROUNDING_DAYS ? new Measure(count, unit) : null;
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
