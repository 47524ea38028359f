package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kitabruecke.booking.BookingLocation;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.booking.BookingStatus;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.ConsultationHours;
import org.kitabruecke.booking.DeskEntry;
import org.kitabruecke.booking.UndeliveredBookingMail;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.DatePickers;

/**
 * {@code /staff/bookings}: who is coming to the open consultation hour on a day at a place, as a plain table that
 * also prints well; mark who came, and link a visit to the family's help request.
 */
@Route(value = "staff/bookings", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class StaffBookingsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final Bookings bookings;
    private final BookingDesk desk;
    private final Formats formats;
    private final H1 title = new H1();
    private final DatePicker day = new DatePicker();
    private final Select<BookingLocation> location = new Select<>();
    private final Button print = new Button();
    private final Paragraph summary = new Paragraph();
    private final Div table = new Div();
    private final UndeliveredBookingMail mails;
    private final boolean admin;
    /** Of the bookings shown, those whose mail could not be delivered, with the mail's kind. */
    private Map<Long, String> undelivered = Map.of();

    StaffBookingsView(Bookings bookings, BookingDesk desk, Formats formats, ConsultationHours hours,
                      UndeliveredBookingMail mails, AuthenticationContext authentication) {
        this.bookings = bookings;
        this.mails = mails;
        this.admin = authentication.hasRole(StaffRole.Names.ADMIN);
        this.desk = desk;
        this.formats = formats;
        addClassName("kb-staff-bookings");
        day.setValue(hours.today());
        day.setId("staff-bookings-day");
        location.setItems(bookings.locations());
        location.setItemLabelGenerator(BookingLocation::name);
        location.setValue(bookings.locations().getFirst());
        location.setId("staff-bookings-location");
        location.setWidth("22rem");
        print.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        day.addValueChangeListener(change -> refresh());
        location.addValueChangeListener(change -> refresh());
        var controls = new Div(day, location, print);
        controls.addClassNames("kb-staff-controls", "kb-no-print");
        summary.setId("staff-bookings-summary");
        add(title, controls, summary, table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.bookings.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.bookings.title"));
        day.setLabel(getTranslation("staff.bookings.day"));
        DatePickers.localize(day, event.getLocale());
        location.setLabel(getTranslation("staff.bookings.location"));
        print.setText(getTranslation("staff.bookings.print"));
        refresh();
    }

    private void refresh() {
        if (day.getValue() == null || location.getValue() == null) {
            return;
        }
        Locale locale = getLocale();
        List<DeskEntry> entries = desk.day(location.getValue().id(), day.getValue());
        long attended = entries.stream().filter(e -> e.status() == BookingStatus.ATTENDED).count();
        long noShow = entries.stream().filter(e -> e.status() == BookingStatus.NO_SHOW).count();
        summary.setText(entries.isEmpty() ? getTranslation("staff.bookings.empty")
                : getTranslation("staff.bookings.summary", "day", formats.day(day.getValue(), locale),
                "place", location.getValue().name(), "count", entries.size(), "attended", attended,
                "noShow", noShow));
        table.removeAll();
        if (entries.isEmpty()) {
            return;
        }
        undelivered = mails.undeliveredAmong(entries.stream().map(DeskEntry::id).toList());
        var head = new NativeTableHeader(new NativeTableRow(Stream.of("time", "code", "contact", "language",
                "topic", "status", "actions").map(column -> {
                    var cell = new NativeTableHeaderCell(getTranslation("staff.bookings.column." + column));
                    if (column.equals("actions")) {
                        cell.addClassName("kb-no-print");
                    }
                    return cell;
                }).toArray(Component[]::new)));
        var body = new NativeTableBody();
        entries.forEach(entry -> body.add(row(entry, locale)));
        var list = new NativeTable(head, body);
        list.setId("staff-bookings-table");
        list.addClassName("kb-table");
        table.add(list);
    }

    private NativeTableRow row(DeskEntry entry, Locale locale) {
        String contact = Stream.of(entry.phone() == null ? null : Formats.phoneNumber(entry.phone().forDialling()),
                        entry.email() == null ? null : entry.email().value())
                .filter(value -> value != null).reduce((a, b) -> a + "\n" + b).orElse("");
        String language = LanguageNames.inLanguageOf(entry.contactLanguage().code(), locale)
                + (entry.interpreterLanguage() == null ? "" : "\n" + getTranslation("staff.bookings.interpreter"));
        String topic = (entry.topic() == null ? "" : entry.topic())
                + (entry.helpRequestCode() == null ? ""
                : "\n" + getTranslation("staff.bookings.linked", "code", entry.helpRequestCode()));
        var status = new Span(getTranslation("staff.bookings.status." + entry.status().name()));
        status.addClassName("kb-status-" + entry.status().name().toLowerCase(Locale.ROOT));
        var statusCell = new NativeTableCell(status);
        var actions = new NativeTableCell();
        actions.addClassName("kb-no-print");
        String undeliveredMail = undelivered.get(entry.id());
        if (undeliveredMail != null) {
            var marker = new Paragraph(getTranslation("staff.mail.undelivered", "kind", undeliveredMail));
            marker.addClassName("kb-mail-undelivered-marker");
            statusCell.add(marker);
            if (admin) {
                var retry = action("staff.mail.retry", () -> mails.retryFor(entry.id()));
                retry.setId("staff-bookings-mail-retry-" + entry.id());
                actions.add(retry);
            }
        }
        if (entry.status() != BookingStatus.CANCELLED) {
            actions.add(action("staff.bookings.attended", () -> desk.markAttendance(entry.id(), true)),
                    action("staff.bookings.noShow", () -> desk.markAttendance(entry.id(), false)),
                    linkButton(entry));
        }
        var row = new NativeTableRow(
                new NativeTableCell(formats.timeRange(entry.startsAt().toLocalDate(), entry.startsAt().toLocalTime(),
                        entry.endsAt().toLocalTime(), locale)),
                new NativeTableCell(entry.code().value()), new NativeTableCell(contact),
                new NativeTableCell(language), new NativeTableCell(topic), statusCell, actions);
        row.getElement().setAttribute("data-code", entry.code().value());
        return row;
    }

    private Button action(String key, Runnable change) {
        var button = new Button(getTranslation(key), click -> {
            change.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Button linkButton(DeskEntry entry) {
        var button = new Button(getTranslation("staff.bookings.link"), click -> openLinkDialog(entry));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openLinkDialog(DeskEntry entry) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.bookings.link.title"));
        var code = new TextField(getTranslation("staff.bookings.link.code"));
        code.setId("staff-link-code");
        code.setPlaceholder("KB-7KQ-42M");
        var save = new Button(getTranslation("staff.bookings.link.save"), click -> {
            if (desk.linkToRequest(entry.id(), code.getValue())) {
                dialog.close();
                refresh();
            } else {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("staff.bookings.link.notFound"));
            }
        });
        save.setId("staff-link-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(code);
        dialog.getFooter().add(new Button(getTranslation("staff.bookings.link.cancel"), click -> dialog.close()),
                save);
        dialog.open();
    }
}
