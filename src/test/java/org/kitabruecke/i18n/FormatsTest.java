package org.kitabruecke.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats(ZoneId.of("Europe/Berlin"));
    private final LocalDate firstOfDecember = LocalDate.of(2026, 12, 1);

    @Test
    void writesTheDayAsEachLanguageDoes() {
        assertThat(formats.day(firstOfDecember, Locale.GERMAN)).isEqualTo("Dienstag, 1. Dezember");
        assertThat(formats.day(firstOfDecember, Locale.ENGLISH)).isEqualTo("Tuesday, December 1");
        assertThat(formats.day(firstOfDecember, Locale.forLanguageTag("tr"))).isEqualTo("1 Aralık Salı");
        assertThat(formats.day(firstOfDecember, Locale.forLanguageTag("ar"))).contains("الثلاثاء");
    }

    /** ICU's default for Farsi, Dari and Pashto is the Persian calendar: "۱۰ قوس" instead of 1 December. */
    @Test
    void appointmentsAreGregorianInEveryLanguageAsOnGermanLetters() {
        assertThat(formats.day(firstOfDecember, Locale.forLanguageTag("fa"))).contains("دسامبر").contains("۱")
                .doesNotContain("آذر");
        assertThat(formats.day(firstOfDecember, Locale.forLanguageTag("fa-AF"))).contains("دسمبر")
                .doesNotContain("قوس");
        assertThat(formats.dayAndTime(firstOfDecember.atTime(9, 30), Locale.forLanguageTag("ps")))
                .contains("دسمبر").contains("۹").doesNotContain("لیندۍ");
        assertThat(formats.day(firstOfDecember, Locale.forLanguageTag("de-x-ls"))).isEqualTo("Dienstag, 1. Dezember");
    }

    @Test
    void phoneNumbersStayInAsciiDigitsAndLeftToRightInEveryScript() {
        assertThat(Formats.phoneNumber("0221 4710 999")).isEqualTo("\u20660221\u00A04710\u00A0999\u2069");
    }

    @Test
    void writesTimeRangesWithTheLanguagesClockAndDigits() {
        String german = formats.timeRange(firstOfDecember, LocalTime.of(9, 0), LocalTime.of(12, 0), Locale.GERMAN);
        assertThat(german).isEqualTo("09:00–12:00 Uhr");
        String english = formats.timeRange(firstOfDecember, LocalTime.of(14, 0), LocalTime.of(16, 0),
                Locale.ENGLISH);
        assertThat(english).contains("2:00").contains("4:00").contains("PM");
    }

    @Test
    void weeksStartWhereTheReadersRegionStartsThem() {
        var formats = new Formats(ZoneId.of("Europe/Berlin"));
        var wednesday = LocalDate.of(2026, 12, 2);
        assertThat(formats.weekStart(wednesday, Locale.GERMAN)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(formats.weekStart(wednesday, Locale.forLanguageTag("en-US")))
                .isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(formats.weekStart(wednesday, Locale.forLanguageTag("ar")))
                .as("Saturday in most Arabic-speaking regions").isEqualTo(LocalDate.of(2026, 11, 28));
    }

    /** Retention periods on the privacy page: never stated shorter than they are by more than three days. */
    @Test
    void periodsAreSaidInWholeYearsOrMonthsWhenTheyAreThatLongAndInDaysOtherwise() {
        assertThat(Formats.duration(Duration.ofDays(182), Locale.GERMAN)).isEqualTo("6 Monate");
        assertThat(Formats.duration(Duration.ofDays(365), Locale.GERMAN)).isEqualTo("1 Jahr");
        assertThat(Formats.duration(Duration.ofDays(730), Locale.GERMAN)).isEqualTo("2 Jahre");
        assertThat(Formats.duration(Duration.ofDays(90), Locale.GERMAN)).isEqualTo("3 Monate");
        assertThat(Formats.duration(Duration.ofDays(30), Locale.GERMAN)).as("under two months: days")
                .isEqualTo("30 Tage");
        assertThat(Formats.duration(Duration.ofDays(100), Locale.GERMAN)).as("not near whole months")
                .isEqualTo("100 Tage");
        assertThat(Formats.duration(Duration.ofDays(186), Locale.GERMAN)).as("6 months are 182.6 days on average")
                .isEqualTo("186 Tage");
        assertThat(Formats.duration(Duration.ofHours(36), Locale.GERMAN)).as("a part of a day counts")
                .isEqualTo("2 Tage");
        assertThat(Formats.duration(Duration.ofDays(1), Locale.GERMAN)).isEqualTo("1 Tag");
        assertThat(Formats.duration(Duration.ofDays(182), Locale.ENGLISH)).isEqualTo("6 months");
        assertThat(Formats.duration(Duration.ofDays(182), Locale.forLanguageTag("fa-AF"))).contains("۶");
        assertThat(Formats.duration(Duration.ofDays(30), Locale.forLanguageTag("de-x-ls"))).isEqualTo("30 Tage");
    }

    @Test
    void writesADateWithItsYear() {
        assertThat(formats.date(LocalDate.of(2026, 11, 30), Locale.GERMAN)).isEqualTo("30. November 2026");
        assertThat(formats.date(LocalDate.of(2026, 11, 30), Locale.forLanguageTag("fa-AF"))).contains("۲۰۲۶");
    }
}
