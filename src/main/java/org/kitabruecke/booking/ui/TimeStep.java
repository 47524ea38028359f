package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.PublicLayout;

/** Step 3: the time; only times with a free place, each with how many are left. */
@Route(value = "book/time", layout = PublicLayout.class)
@AnonymousAllowed
class TimeStep extends BookStepView {

    private final Bookings bookings;
    private final Formats formats;
    private final ChoiceGroup<LocalDateTime> times = ChoiceGroup.radios("book-time");
    private final Paragraph none = new Paragraph();

    TimeStep(BookingDraft draft, Bookings bookings, Formats formats) {
        super(BookStep.TIME, draft);
        this.bookings = bookings;
        this.formats = formats;
        times.setLegend(question);
        times.addSelectionListener(chosen -> {
            draft.slot(chosen.stream().findFirst().orElse(null));
            times.setError(null);
        });
        none.addClassName("kb-problem");
        setContent(times, none);
    }

    @Override
    protected void showDraft() {
        times.setSelected(Optional.ofNullable(draft.slot()).stream().toList());
    }

    @Override
    protected void translate(Locale locale) {
        LocalDate day = Objects.requireNonNull(draft.day());
        Map<LocalDateTime, Slot> free = bookings.slots(Objects.requireNonNull(draft.locationId()), day).stream()
                .filter(Slot::isFree)
                .collect(Collectors.toMap(Slot::startsAt, Function.identity(), (a, b) -> a, TreeMap::new));
        if (draft.slot() != null && !free.containsKey(draft.slot())) {
            // taken by someone else since it was chosen
            draft.slot(null);
            times.setSelected(List.of());
        }
        times.setHint(getTranslation("book.time.hint", "day", formats.day(day, locale)));
        times.setItems(List.copyOf(free.keySet()), start -> new Choice(
                formats.timeRange(day, start.toLocalTime(), free.get(start).endsAt().toLocalTime(), locale),
                getTranslation("book.time.option.hint", "count", free.get(start).free()), null));
        none.setText(getTranslation("book.time.none"));
        none.setVisible(free.isEmpty());
        if (times.getError() != null) {
            times.setError(getTranslation("book.time.error"));
        }
    }

    @Override
    protected boolean save() {
        boolean ok = times.getSelectedItem().isPresent();
        times.setError(ok ? null : getTranslation("book.time.error"));
        if (!ok) {
            times.focus();
        }
        return ok;
    }
}
