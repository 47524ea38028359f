package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.HourPlanner;
import org.kitabruecke.booking.LocationEntry;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /staff/places}: the places of the open consultation hour — address, accessibility, directions (shown to
 * parents when they book), and how far ahead and how shortly before they may book there.
 */
@Route(value = "staff/places", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class StaffPlacesView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final HourPlanner planner;
    private final H1 title = new H1();
    private final Div table = new Div();
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final Select<DistrictEntry> district = new Select<>();
    private final TextField accessibility = new TextField();
    private final TextField directions = new TextField();
    private final IntegerField window = new IntegerField();
    private final IntegerField notice = new IntegerField();
    private final Button save = new Button();
    private final Button fresh = new Button();
    private final Paragraph message = new Paragraph();
    private final List<DistrictEntry> districts;
    private final PlaceNotesEditor translated;
    private @Nullable Long editing;

    StaffPlacesView(HourPlanner planner, Directory directory, Translations translations) {
        this.planner = planner;
        this.translated = new PlaceNotesEditor(translations);
        this.districts = directory.districtList(Locale.GERMAN);
        addClassName("kb-staff-places");
        district.setItems(districts);
        district.setItemLabelGenerator(DistrictEntry::name);
        name.setId("place-name");
        street.setId("place-street");
        postcode.setId("place-postcode");
        accessibility.setWidth("28rem");
        directions.setWidth("28rem");
        window.setMin(1);
        window.setMax(180);
        notice.setMin(0);
        notice.setMax(10_080);
        save.setId("place-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> savePlace());
        fresh.addClickListener(click -> edit(null));
        message.setId("place-message");
        add(title, table, StaffControls.row(name, street, postcode, city, district),
                StaffControls.row(accessibility, directions), translated, StaffControls.row(window, notice, save, fresh),
                message);
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.places.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.places.title"));
        name.setLabel(getTranslation("staff.places.name"));
        street.setLabel(getTranslation("staff.places.street"));
        postcode.setLabel(getTranslation("staff.places.postcode"));
        city.setLabel(getTranslation("staff.places.city"));
        district.setLabel(getTranslation("staff.places.district"));
        accessibility.setLabel(getTranslation("staff.places.accessibility"));
        directions.setLabel(getTranslation("staff.places.directions"));
        window.setLabel(getTranslation("staff.places.window"));
        notice.setLabel(getTranslation("staff.places.notice"));
        save.setText(getTranslation("staff.hours.save"));
        fresh.setText(getTranslation("staff.places.new"));
        translated.translate();
        refresh();
    }

    private void refresh() {
        var body = new NativeTableBody();
        for (LocationEntry place : planner.locations()) {
            var edit = new Button(getTranslation("staff.hours.edit"), click -> edit(place));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            body.add(new NativeTableRow(new NativeTableCell(place.name()),
                    new NativeTableCell(place.address().onTwoLines()),
                    new NativeTableCell(getTranslation("staff.places.rules", "days", place.bookingWindowDays(),
                            "minutes", place.minimumNoticeMinutes())),
                    new NativeTableCell(edit)));
        }
        var head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("staff.places.name")),
                new NativeTableHeaderCell(getTranslation("staff.places.street")),
                new NativeTableHeaderCell(getTranslation("staff.places.window")), new NativeTableHeaderCell(""));
        var list = new NativeTable(new NativeTableHeader(head), body);
        list.setId("staff-places-table");
        list.addClassName("kb-table");
        table.removeAll();
        table.add(list);
    }

    private void edit(@Nullable LocationEntry place) {
        editing = place == null ? null : place.id();
        name.setValue(place == null ? "" : place.name());
        street.setValue(place == null ? "" : place.street());
        postcode.setValue(place == null ? "" : place.postcode());
        city.setValue(place == null ? "" : place.city());
        district.setValue(place == null ? districts.getFirst() : districts.stream()
                .filter(d -> d.id() == place.districtId()).findFirst().orElse(districts.getFirst()));
        accessibility.setValue(place == null || place.accessibility() == null ? "" : place.accessibility());
        directions.setValue(place == null || place.directions() == null ? "" : place.directions());
        window.setValue(place == null ? 28 : place.bookingWindowDays());
        notice.setValue(place == null ? 60 : place.minimumNoticeMinutes());
        translated.show(place == null ? Map.of() : place.translated());
        message.setText("");
    }

    private void savePlace() {
        try {
            planner.save(new LocationEntry(editing, name.getValue(), street.getValue(), postcode.getValue().strip(),
                    city.getValue(), Objects.requireNonNull(district.getValue()).id(), accessibility.getValue(),
                    directions.getValue(), Objects.requireNonNullElse(window.getValue(), 0),
                    Objects.requireNonNullElse(notice.getValue(), -1), translated.notes()));
            message.setText(getTranslation("staff.hours.saved"));
            refresh();
        } catch (IllegalArgumentException invalid) {
            message.setText(getTranslation("staff.places.invalid"));
        }
    }
}
