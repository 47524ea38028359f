package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.booking.DeskEntry;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.request.CaseDetails;

/** A request's internal notes, its bookings and everything that happened to it: who, what, when. */
class CaseHistory extends Composite<Div> {

    private final BookingDesk bookings;
    private final Waiting waiting;
    private final Formats formats;
    private final Directory directory;
    private final Clock clock;
    private final Function<String, @Nullable String> accountNames;
    private final UnorderedList notes = new UnorderedList();
    private final OrderedList events = new OrderedList();
    private final Div linked = new Div();

    CaseHistory(BookingDesk bookings, Waiting waiting, Formats formats, Directory directory, Clock clock,
                Function<String, @Nullable String> accountNames) {
        this.accountNames = accountNames;
        this.bookings = bookings;
        this.waiting = waiting;
        this.formats = formats;
        this.directory = directory;
        this.clock = clock;
        notes.setId("request-notes");
        notes.addClassName("kb-notes");
        events.setId("request-history");
        getContent().add(events, linked);
    }

    UnorderedList notes() {
        return notes;
    }

    void show(CaseDetails details, Locale locale) {
        Instant now = clock.instant();
        notes.removeAll();
        for (CaseDetails.Note note : details.notes()) {
            var when = new Paragraph(getTranslation("inbox.noteBy", "who", note.writtenBy(),
                    "when", waiting.describe(note.writtenAt(), now, locale)));
            when.addClassName("kb-field-hint");
            var text = new Paragraph(note.text());
            text.addClassName("kb-summary-multiline");
            notes.add(new ListItem(when, text));
        }
        if (details.notes().isEmpty()) {
            notes.add(new ListItem(getTranslation("inbox.noNotes")));
        }
        events.removeAll();
        for (CaseDetails.Activity activity : details.activity()) {
            events.add(new ListItem(getTranslation("inbox.activity", "when",
                    waiting.describe(activity.at(), now, locale),
                    "who", activity.actor() == null ? "none" : activity.actor(),
                    "what", getTranslation("inbox.activity." + activity.action(), "detail",
                            detail(this, activity, details, directory, accountNames)))));
        }
        linked.removeAll();
        var list = new UnorderedList();
        for (DeskEntry booking : bookings.ofRequest(details.id())) {
            list.add(new ListItem(getTranslation("inbox.booking", "code", booking.code().value(),
                    "when", formats.dayAndTime(booking.startsAt(), locale),
                    "status", getTranslation("staff.bookings.status." + booking.status().name()))));
        }
        if (list.getChildren().findAny().isPresent()) {
            linked.add(new Paragraph(getTranslation("inbox.bookings")), list);
        }
    }

    /** The detail of an activity in words: a state or reason translated, a name as it is. */
    static String detail(Component reader, CaseDetails.Activity activity, CaseDetails details, Directory directory,
                         Function<String, @Nullable String> accountNames) {
        String detail = activity.detail();
        if (detail == null) {
            return "";
        }
        if ("STATUS".equals(activity.action())) {
            String[] parts = detail.split(":");
            String status = reader.getTranslation("inbox.status." + parts[0]);
            return parts.length > 1 ? status + " (" + reader.getTranslation("inbox.closed." + parts[1]) + ")" : status;
        }
        if ("REPLIED".equals(activity.action())) {
            return reader.getTranslation("inbox.template." + detail);
        }
        if ("RECEIVED".equals(activity.action())) {
            return CaseFacts.receivedVia(reader, details, directory, accountNames);
        }
        return detail;
    }
}
