package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.ConsultationHours;
import org.kitabruecke.booking.OpenHour;
import org.kitabruecke.booking.PlaceNotes;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.ForeignText;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.RenderedPage;

/**
 * {@code /book/place/<id>}: one place of the open consultation hour — address, access, how to get there, today's
 * hours with the waiting time the staff on site estimate, the next days, and "book here".
 */
@Route(value = PlaceView.PATH + "/:id", layout = PublicLayout.class)
@AnonymousAllowed
class PlaceView extends RenderedPage implements BeforeEnterObserver {

    static final String PATH = "book/place";
    private static final int DAYS = 7;

    private final Bookings bookings;
    private final ConsultationHours hours;
    private final Formats formats;
    private @Nullable BookingLocation place;

    PlaceView(Bookings bookings, ConsultationHours hours, Formats formats) {
        this.bookings = bookings;
        this.hours = hours;
        this.formats = formats;
        addClassNames("kb-help", "kb-place");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        place = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,9}"))
                .flatMap(id -> bookings.location(Long.parseLong(id))).orElse(null);
        if (place == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String titleText() {
        return place == null ? "" : place.name();
    }

    @Override
    protected void render(Locale locale) {
        removeAll();
        if (place == null) {
            return;
        }
        add(new H1(place.name()), new Paragraph(place.address().oneLine()));
        PlaceNotes notes = place.notesIn(locale);
        Optional.ofNullable(notes.accessibility()).ifPresent(text -> add(ForeignText.paragraph(
                getTranslation("book.manage.accessibility", "text", ForeignText.PLACE), text, notes.language(), locale)));
        Optional.ofNullable(notes.directions()).ifPresent(text -> add(ForeignText.paragraph(
                getTranslation("book.manage.directions", "text", ForeignText.PLACE), text, notes.language(), locale)));
        List<OpenHour> upcoming = hours.upcomingAt(place.id(), DAYS);
        var today = new UnorderedList();
        var later = new UnorderedList();
        for (OpenHour hour : upcoming) {
            String time = formats.timeRange(hour.date(), hour.startsAt(), hour.endsAt(), locale);
            var item = new ListItem(getTranslation("place.hour", "day", formats.day(hour.date(), locale),
                    "time", time));
            if (hour.date().equals(hours.today())) {
                if (hours.isOver(hour)) {
                    item.add(" – " + getTranslation("start.hours.over"));
                } else if (hour.waitingMinutes() != null) {
                    var waiting = new Paragraph(getTranslation("start.hours.waiting", "minutes",
                            hour.waitingMinutes()));
                    waiting.addClassName("kb-hour-waiting");
                    item.add(waiting);
                }
                today.add(item);
            } else {
                later.add(item);
            }
        }
        var times = new Div();
        times.addClassName("kb-hours");
        if (today.getChildren().findAny().isPresent()) {
            times.add(new H2(getTranslation("place.today")), today);
        }
        times.add(new H2(getTranslation("place.nextDays")));
        times.add(later.getChildren().findAny().isPresent() ? later : new Paragraph(getTranslation("place.none")));
        times.add(new Paragraph(getTranslation("place.walkIn")));
        var book = Links.inApp(BookStep.LOCATION.path() + "?" + LocationStep.PLACE_PARAMETER + "=" + place.id());
        book.setText(getTranslation("place.book"));
        book.setId("place-book");
        book.addClassName("kb-button-link");
        add(times, new Div(book));
    }
}
