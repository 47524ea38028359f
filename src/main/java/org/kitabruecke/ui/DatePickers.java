package org.kitabruecke.ui;

import org.kitabruecke.i18n.Language;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date picker in the reader's language: month and weekday names and the first day of the week from ICU
 * (its own defaults are English), the buttons and the error from our translations.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Call on every language change of the page that holds the picker. */
    public static void localize(DatePicker picker, Locale locale) {
        ULocale reader = Language.gregorian(locale);
        var symbols = DateFormatSymbols.getInstance(reader);
        var i18n = new DatePickerI18n()
                .setMonthNames(List.of(symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)))
                .setWeekdays(days(symbols, DateFormatSymbols.WIDE))
                .setWeekdaysShort(days(symbols, DateFormatSymbols.ABBREVIATED))
                .setFirstDayOfWeek(Calendar.getInstance(reader).getFirstDayOfWeek() - 1)
                .setToday(picker.getTranslation("datepicker.today"))
                .setCancel(picker.getTranslation("datepicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datepicker.badInput"));
        picker.setLocale(locale);
        picker.setI18n(i18n);
    }

    /** Sunday first, as the date picker expects (ICU's arrays start with an empty entry). */
    private static List<String> days(DateFormatSymbols symbols, int width) {
        String[] days = symbols.getWeekdays(DateFormatSymbols.STANDALONE, width);
        return Arrays.asList(days).subList(1, 8);
    }
}
