package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;

/** Step 2: the day; only days with a free place are offered, each with how many places are left. */
@Route(value = "book/day", layout = PublicLayout.class)
@AnonymousAllowed
class DayStep extends BookStepView {

    private final Bookings bookings;
    private final Formats formats;
    private final PortalContacts contacts;
    private final ChoiceGroup<LocalDate> days = ChoiceGroup.radios("book-day");
    private final Paragraph none = new Paragraph();
    private final Paragraph fullTitle = new Paragraph();
    private final UnorderedList fullDays = new UnorderedList();

    DayStep(BookingDraft draft, Bookings bookings, Formats formats, PortalContacts contacts) {
        super(BookStep.DAY, draft);
        this.bookings = bookings;
        this.formats = formats;
        this.contacts = contacts;
        days.setLegend(question);
        days.addSelectionListener(chosen -> {
            draft.day(chosen.stream().findFirst().orElse(null));
            days.setError(null);
        });
        none.addClassName("kb-problem");
        none.setId("book-day-none");
        fullDays.setId("book-full-days");
        fullDays.addClassName("kb-full-days");
        setContent(days, none, fullTitle, fullDays);
    }

    @Override
    protected void showDraft() {
        days.setSelected(Optional.ofNullable(draft.day()).stream().toList());
    }

    @Override
    protected void translate(Locale locale) {
        long location = Objects.requireNonNull(draft.locationId());
        Map<LocalDate, Integer> free = new LinkedHashMap<>();
        for (LocalDate day : bookings.openDays(location)) {
            free.put(day, bookings.slots(location, day).stream().mapToInt(Slot::free).sum());
        }
        days.setHint(getTranslation("book.day.hint"));
        days.setItems(List.copyOf(free.keySet()), day -> new Choice(formats.day(day, locale),
                getTranslation("book.day.option.hint", "count", free.get(day)), null),
                day -> getTranslation("book.day.week", "day", formats.day(formats.weekStart(day, locale), locale)));
        none.setText(getTranslation("book.day.none", "phone", Formats.phoneNumber(contacts.teamPhone())));
        none.setVisible(free.isEmpty());
        List<LocalDate> full = bookings.fullDays(location);
        fullTitle.setText(getTranslation("book.day.full"));
        fullTitle.setVisible(!full.isEmpty());
        fullDays.removeAll();
        full.forEach(day -> {
            var link = Links.pageLoad(WaitlistView.PATH + "/" + day);
            link.setText(formats.day(day, locale));
            fullDays.add(new ListItem(link));
        });
        if (days.getError() != null) {
            days.setError(getTranslation("book.day.error"));
        }
    }

    @Override
    protected boolean save() {
        boolean ok = days.getSelectedItem().isPresent();
        days.setError(ok ? null : getTranslation("book.day.error"));
        if (!ok) {
            days.focus();
        }
        return ok;
    }
}
