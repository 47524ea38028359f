package org.kitabruecke.booking.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.PlaceNotes;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.Icons;
import org.kitabruecke.ui.PublicLayout;

/** {@code /book}, step 1: where. Each place with its address and how accessible it is. */
@Route(value = "book", layout = PublicLayout.class)
@AnonymousAllowed
class LocationStep extends BookStepView {

    /** {@code /book?place=1}: from a place's page, with that place already chosen. */
    static final String PLACE_PARAMETER = "place";

    private final Bookings bookings;
    private final ChoiceGroup<Long> locations = ChoiceGroup.radios("book-location");

    LocationStep(BookingDraft draft, Bookings bookings) {
        super(BookStep.LOCATION, draft);
        this.bookings = bookings;
        locations.setLegend(question);
        locations.addSelectionListener(chosen -> {
            draft.locationId(chosen.stream().findFirst().orElse(null));
            locations.setError(null);
        });
        setContent(locations);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PLACE_PARAMETER)
                .filter(id -> id.matches("[0-9]{1,9}"))
                .flatMap(id -> bookings.location(Long.parseLong(id)))
                .ifPresent(place -> draft.locationId(place.id()));
        super.beforeEnter(event);
    }

    @Override
    protected void showDraft() {
        locations.setSelected(Optional.ofNullable(draft.locationId()).stream().toList());
    }

    @Override
    protected void translate(Locale locale) {
        Map<Long, BookingLocation> places = bookings.locations().stream()
                .collect(Collectors.toMap(BookingLocation::id, Function.identity()));
        locations.setHint(getTranslation("book.location.hint"));
        locations.setItems(List.copyOf(places.keySet()).stream().sorted().toList(), id -> {
            BookingLocation place = places.get(id);
            // access notes only in the page's own language: a hint cannot mark a German insert as German
            PlaceNotes notes = place.notesIn(locale);
            String address = place.address().oneLine()
                    + (notes.accessibility() == null || !notes.language().equalsIgnoreCase(locale.toLanguageTag())
                    ? "" : " · " + notes.accessibility());
            return new Choice(place.name(), getTranslation("book.location.option.hint", "address", address),
                    Icons.CALENDAR);
        });
        if (locations.getError() != null) {
            locations.setError(getTranslation("book.location.error"));
        }
    }

    @Override
    protected boolean save() {
        boolean ok = locations.getSelectedItem().isPresent();
        locations.setError(ok ? null : getTranslation("book.location.error"));
        if (!ok) {
            locations.focus();
        }
        return ok;
    }
}
