package org.kitabruecke.booking.ui;

import com.ibm.icu.text.DateFormatSymbols;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.ClosureEntry;
import org.kitabruecke.booking.HourPlanner;
import org.kitabruecke.booking.WeeklyHourEntry;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.DatePickers;

/**
 * {@code /staff/hours}: the open consultation hour per place — weekly hours with slot length and places, closed
 * days (at one place or all), and today's waiting estimate that parents see on the start page.
 */
@Route(value = "staff/hours", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class StaffHoursView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final HourPlanner planner;
    private final Formats formats;
    /** Any day does to format a time of day; a winter Monday, for the record. */
    private static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 5);

    private final H1 title = new H1();
    private final H2 weeklyTitle = new H2();
    private final H2 closuresTitle = new H2();
    private final Select<BookingLocation> location = new Select<>();
    private final Div weekly = new Div();
    private final Div closures = new Div();
    private final Select<DayOfWeek> formDay = new Select<>();
    private final TimePicker formFrom = new TimePicker();
    private final TimePicker formUntil = new TimePicker();
    private final IntegerField formSlot = new IntegerField();
    private final IntegerField formPlaces = new IntegerField();
    private final Button formSave = new Button();
    private final Paragraph formMessage = new Paragraph();
    private final DatePicker closeDay = new DatePicker();
    private final Select<Optional<BookingLocation>> closeWhere = new Select<>();
    private final TextField closeReason = new TextField();
    private final Button closeAdd = new Button();
    private final IntegerField waiting = new IntegerField();
    private final Button waitingSave = new Button();
    private @Nullable Long editing;

    StaffHoursView(HourPlanner planner, Bookings bookings, Formats formats) {
        this.planner = planner;
        this.formats = formats;
        addClassName("kb-staff-hours");
        List<BookingLocation> places = bookings.locations();
        location.setItems(places);
        location.setItemLabelGenerator(BookingLocation::name);
        location.setValue(places.getFirst());
        location.addValueChangeListener(change -> refresh());
        location.setWidth("22rem");
        formDay.setItems(DayOfWeek.values());
        formDay.setValue(DayOfWeek.MONDAY);
        formFrom.setValue(LocalTime.of(9, 0));
        formUntil.setValue(LocalTime.of(12, 0));
        formSlot.setValue(30);
        formSlot.setMin(5);
        formSlot.setMax(240);
        formPlaces.setValue(2);
        formPlaces.setMin(1);
        formPlaces.setMax(50);
        formSave.setId("staff-hours-save");
        formSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formSave.addClickListener(click -> saveHour());
        formMessage.setId("staff-hours-message");
        closeWhere.setItems(Stream.concat(Stream.of(Optional.<BookingLocation>empty()),
                places.stream().map(Optional::of)).toList());
        closeWhere.setValue(Optional.empty());
        closeAdd.addClickListener(click -> addClosure());
        closeAdd.setId("staff-closure-add");
        waiting.setMin(0);
        waiting.setMax(600);
        waiting.setId("staff-waiting");
        waitingSave.addClickListener(click -> {
            planner.estimateWaitingToday(location.getValue().id(), waiting.getValue());
            formMessage.setText(getTranslation("staff.hours.saved"));
        });
        waitingSave.setId("staff-waiting-save");
        add(title, StaffControls.row(location, waiting, waitingSave), weeklyTitle, weekly,
                StaffControls.row(formDay, formFrom, formUntil, formSlot, formPlaces, formSave), formMessage,
                closuresTitle, closures, StaffControls.row(closeDay, closeWhere, closeReason, closeAdd));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.hours.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(getTranslation("staff.hours.title"));
        weeklyTitle.setText(getTranslation("staff.hours.weekly"));
        closuresTitle.setText(getTranslation("staff.hours.closures"));
        location.setLabel(getTranslation("staff.bookings.location"));
        formDay.setLabel(getTranslation("staff.hours.column.day"));
        formDay.setItemLabelGenerator(day -> weekday(day, locale));
        formFrom.setLabel(getTranslation("staff.hours.column.from"));
        formUntil.setLabel(getTranslation("staff.hours.column.until"));
        formFrom.setLocale(locale);
        formUntil.setLocale(locale);
        formSlot.setLabel(getTranslation("staff.hours.column.slot"));
        formPlaces.setLabel(getTranslation("staff.hours.column.places"));
        formSave.setText(getTranslation(editing == null ? "staff.hours.add" : "staff.hours.save"));
        closeDay.setLabel(getTranslation("staff.hours.column.date"));
        DatePickers.localize(closeDay, locale);
        closeWhere.setLabel(getTranslation("staff.bookings.location"));
        closeWhere.setItemLabelGenerator(place -> place.map(BookingLocation::name)
                .orElse(getTranslation("staff.hours.closure.allLocations")));
        closeReason.setLabel(getTranslation("staff.hours.column.reason"));
        closeAdd.setText(getTranslation("staff.hours.closure.add"));
        waiting.setLabel(getTranslation("staff.hours.column.waiting"));
        waiting.setHelperText(getTranslation("staff.hours.waiting.hint"));
        waitingSave.setText(getTranslation("staff.hours.save"));
        refresh();
    }

    private void refresh() {
        Locale locale = getLocale();
        long place = location.getValue().id();
        waiting.setValue(planner.waitingToday(place));
        var hourRows = new NativeTableBody();
        for (WeeklyHourEntry hour : planner.weeklyHours(place)) {
            hourRows.add(new NativeTableRow(new NativeTableCell(weekday(hour.day(), locale)),
                    new NativeTableCell(formats.timeRange(REFERENCE_DAY, hour.from(), hour.until(), locale)),
                    new NativeTableCell(String.valueOf(hour.slotMinutes())),
                    new NativeTableCell(String.valueOf(hour.places())),
                    new NativeTableCell(small("staff.hours.edit", () -> edit(hour)),
                            small("staff.hours.remove", () -> planner.removeWeeklyHour(hour.id())))));
        }
        weekly.removeAll();
        weekly.add(table("staff-hours-table", hourRows, "day", "from", "slot", "places"));
        var closureRows = new NativeTableBody();
        for (ClosureEntry closure : planner.closures(place)) {
            closureRows.add(new NativeTableRow(new NativeTableCell(formats.day(closure.date(), locale)),
                    new NativeTableCell(closure.locationId() == null
                            ? getTranslation("staff.hours.closure.allLocations") : location.getValue().name()),
                    new NativeTableCell(closure.reason() == null ? "" : closure.reason()),
                    new NativeTableCell(small("staff.hours.remove", () -> planner.reopen(closure.id())))));
        }
        closures.removeAll();
        closures.add(table("staff-closures-table", closureRows, "date", "day", "reason"));
    }

    private void edit(WeeklyHourEntry hour) {
        editing = hour.id();
        formDay.setValue(hour.day());
        formFrom.setValue(hour.from());
        formUntil.setValue(hour.until());
        formSlot.setValue(hour.slotMinutes());
        formPlaces.setValue(hour.places());
        formSave.setText(getTranslation("staff.hours.save"));
    }

    private void saveHour() {
        try {
            planner.save(new WeeklyHourEntry(editing, location.getValue().id(), formDay.getValue(),
                    formFrom.getValue(), formUntil.getValue(),
                    formSlot.getValue() == null ? 0 : formSlot.getValue(),
                    formPlaces.getValue() == null ? 0 : formPlaces.getValue()));
            editing = null;
            formSave.setText(getTranslation("staff.hours.add"));
            formMessage.setText(getTranslation("staff.hours.saved"));
            refresh();
        } catch (IllegalArgumentException | NullPointerException invalid) {
            formMessage.setText(getTranslation("staff.hours.invalid"));
        }
    }

    private void addClosure() {
        if (closeDay.getValue() == null) {
            formMessage.setText(getTranslation("staff.hours.closure.invalid"));
            return;
        }
        planner.close(closeWhere.getValue().map(BookingLocation::id).orElse(null), closeDay.getValue(),
                closeReason.getValue());
        closeReason.clear();
        refresh();
    }

    private Button small(String key, Runnable action) {
        var button = new Button(getTranslation(key), click -> {
            action.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private NativeTable table(String id, NativeTableBody body, String... columns) {
        var head = new NativeTableRow(Arrays.stream(columns)
                .map(column -> new NativeTableHeaderCell(getTranslation("staff.hours.column." + column)))
                .toArray(Component[]::new));
        head.add(new NativeTableHeaderCell(""));
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.setId(id);
        table.addClassName("kb-table");
        return table;
    }

    /** The weekday's name as the reader's language writes it (ICU), e.g. "Dienstag", "الثلاثاء". */
    private static String weekday(DayOfWeek day, Locale locale) {
        String[] names = DateFormatSymbols.getInstance(Language.gregorian(locale))
                .getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        return names[day.getValue() % 7 + 1];
    }
}
