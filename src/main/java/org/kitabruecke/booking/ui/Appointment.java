package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.kitabruecke.booking.BookingDetails;
import org.kitabruecke.booking.PlaceNotes;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.ForeignText;

/** The lines that describe a booked appointment to the parent: when, where, and how to get there. */
final class Appointment {

    private Appointment() {
    }

    /**
     * @param text the view's {@code getTranslation}, so that the lines follow the page's language
     */
    static List<Paragraph> lines(BookingDetails booking, Formats formats, Locale locale,
                                 BiFunction<String, Object[], String> text) {
        var location = booking.location();
        List<Paragraph> lines = new ArrayList<>();
        lines.add(new Paragraph(text.apply("book.manage.when", new Object[] {
                "day", formats.day(booking.startsAt().toLocalDate(), locale),
                "time", formats.timeRange(booking.startsAt().toLocalDate(), booking.startsAt().toLocalTime(),
                        booking.endsAt().toLocalTime(), locale)})));
        // German names and addresses inside a right-to-left sentence keep their own order (Unicode isolates)
        lines.add(new Paragraph(text.apply("book.manage.where", new Object[] {"place", isolated(location.name()),
                "address", isolated(location.address().oneLine())})));
        PlaceNotes notes = location.notesIn(locale);
        Optional.ofNullable(notes.accessibility()).ifPresent(access -> lines.add(ForeignText.paragraph(
                text.apply("book.manage.accessibility", new Object[] {"text", ForeignText.PLACE}), access,
                notes.language(), locale)));
        Optional.ofNullable(notes.directions()).ifPresent(way -> lines.add(ForeignText.paragraph(
                text.apply("book.manage.directions", new Object[] {"text", ForeignText.PLACE}), way,
                notes.language(), locale)));
        return lines;
    }

    private static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }
}
