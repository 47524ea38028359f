package org.kitabruecke.directory.ui;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DirectoryAdmin;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaDetails;
import org.kitabruecke.directory.KitaDetails.Field;
import org.kitabruecke.directory.KitaSearch;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.ComponentTexts;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * {@code /admin/kitas}: every Kita in a searchable list; choose one to change it and who is responsible for it, or
 * add a new one. Problems are shown at the field, and what was typed stays. Kitas nobody is responsible for are
 * listed above, each opening it to assign someone; {@code ?kita=<id>} opens that Kita (from the import's result).
 */
@Route(value = "admin/kitas", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class AdminKitasView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "admin/kitas";

    private final DirectoryAdmin admin;
    private final List<DistrictEntry> districts;
    private final H1 title = new H1();
    private final TextField filter = new TextField();
    private final Grid<KitaDetails> grid = new Grid<>();
    private final H2 formTitle = new H2();
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final TextField phone = new TextField();
    private final Select<DistrictEntry> district = new Select<>();
    private final Button save = new Button();
    private final Button fresh = new Button();
    private final Button delete = new Button();
    private final Paragraph message = new Paragraph();
    private final AssignmentsEditor assignments;
    private final UnassignedKitas unassigned = new UnassignedKitas("kitas-unassigned");
    private @Nullable KitaDetails editing;

    AdminKitasView(DirectoryAdmin admin, Directory directory) {
        this.admin = admin;
        this.districts = directory.districtList(Locale.GERMAN);
        this.assignments = new AssignmentsEditor(admin, this::showUnassigned);
        addClassName("kb-admin");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        filter.setClearButtonVisible(true);
        grid.setId("admin-kitas");
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        district.setItems(districts);
        district.setItemLabelGenerator(DistrictEntry::name);
        name.setId("kita-name");
        street.setId("kita-street");
        postcode.setId("kita-postcode");
        city.setId("kita-city");
        phone.setId("kita-phone");
        district.setId("kita-district");
        name.setMaxLength(KitaDetails.NAME_MAX);
        street.setMaxLength(KitaDetails.STREET_MAX);
        city.setMaxLength(KitaDetails.CITY_MAX);
        phone.setMaxLength(KitaDetails.PHONE_MAX);
        save.setId("kita-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveKita());
        fresh.addClickListener(click -> edit(null));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> deleteKita());
        message.setId("kita-message");
        message.getElement().setAttribute("role", "status");
        add(title, unassigned, filter, grid, formTitle, AdminForms.row(name, street), AdminForms.row(postcode, city, district, phone),
                AdminForms.row(save, fresh, delete), message, assignments);
        edit(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("kita").filter(id -> id.matches("[0-9]{1,9}"))
                .flatMap(id -> admin.kitas().stream().filter(kita -> kita.id() != null
                        && kita.id() == Long.parseLong(id)).findFirst())
                .ifPresent(this::edit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("admin.kitas.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.kitas.title"));
        filter.setLabel(getTranslation("admin.kitas.filter"));
        grid.removeAllColumns();
        grid.addColumn(KitaDetails::name).setHeader(getTranslation("admin.kita.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(kita -> kita.address().oneLine())
                .setHeader(getTranslation("admin.kita.street")).setFlexGrow(2);
        grid.addColumn(this::districtName).setHeader(getTranslation("admin.kita.district")).setSortable(true);
        ComponentTexts.sortLabels(grid);
        name.setLabel(getTranslation("admin.kita.name"));
        street.setLabel(getTranslation("admin.kita.street"));
        postcode.setLabel(getTranslation("admin.kita.postcode"));
        city.setLabel(getTranslation("admin.kita.city"));
        phone.setLabel(getTranslation("admin.kita.phone"));
        district.setLabel(getTranslation("admin.kita.district"));
        save.setText(getTranslation("admin.save"));
        fresh.setText(getTranslation("admin.kitas.new"));
        delete.setText(getTranslation("admin.delete"));
        formTitle.setText(editing == null || editing.id() == null ? getTranslation("admin.kitas.new")
                : editing.name());
        assignments.translate();
        refresh();
        showUnassigned();
    }

    private void showUnassigned() {
        unassigned.show(admin.kitasWithoutTeam(), kita -> {
            var open = new Button(kita.name(), click -> edit(kita));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return open;
        });
    }

    private String districtName(KitaDetails kita) {
        return districts.stream().filter(d -> kita.districtId() != null && d.id() == kita.districtId())
                .map(DistrictEntry::name).findFirst().orElse("");
    }

    private void refresh() {
        String query = filter.getValue();
        List<KitaDetails> all = admin.kitas();
        grid.setItems(all.stream().filter(kita -> query.isBlank() || KitaSearch.matches(
                String.join(" ", kita.name(), kita.street(), kita.postcode(), kita.city(), districtName(kita)), query))
                .sorted(Comparator.comparing(KitaDetails::name,
                        Collator.getInstance(ULocale.forLocale(getLocale()))::compare))
                .toList());
    }

    private void edit(@Nullable KitaDetails kita) {
        editing = kita;
        name.setValue(kita == null ? "" : kita.name());
        street.setValue(kita == null ? "" : kita.street());
        postcode.setValue(kita == null ? "" : kita.postcode());
        city.setValue(kita == null ? "Ruhrstadt" : kita.city());
        phone.setValue(kita == null || kita.phone() == null ? "" : kita.phone());
        district.setValue(kita == null ? null : districts.stream()
                .filter(d -> kita.districtId() != null && d.id() == kita.districtId()).findFirst().orElse(null));
        delete.setEnabled(kita != null);
        AdminForms.clearErrors(name, street, postcode, city, phone, district);
        message.setText("");
        formTitle.setText(kita == null ? getTranslation("admin.kitas.new") : kita.name());
        assignments.show(kita == null ? null : kita.id());
    }

    private void saveKita() {
        var details = new KitaDetails(editing == null ? null : editing.id(), name.getValue(), street.getValue(),
                postcode.getValue(), city.getValue(), phone.getValue(),
                district.getValue() == null ? null : district.getValue().id(), editing == null ? 0 : editing.version());
        Map<Field, String> problems = details.problems();
        AdminForms.showErrors(this, problems, Map.of(Field.NAME, name, Field.STREET, street, Field.POSTCODE,
                postcode, Field.CITY, city, Field.PHONE, phone, Field.DISTRICT, district));
        if (!problems.isEmpty()) {
            message.setText(getTranslation("admin.fixFields"));
            return;
        }
        try {
            long id = admin.saveKita(details);
            refresh();
            admin.kitas().stream().filter(kita -> kita.id() != null && kita.id() == id).findFirst()
                    .ifPresent(this::edit);
            message.setText(getTranslation("admin.saved"));
        } catch (OptimisticLockingFailureException changed) {
            message.setText(getTranslation("admin.changedMeanwhile"));
        }
    }

    private void deleteKita() {
        if (editing == null || editing.id() == null) {
            return;
        }
        KitaDetails kita = editing;
        AdminForms.confirm(this, getTranslation("admin.kitas.deleteQuestion", "name", kita.name()), () -> {
            try {
                admin.deleteKita(kita.id(), kita.version());
                refresh();
                edit(null);
                message.setText(getTranslation("admin.deleted"));
            } catch (DirectoryAdmin.KitaInUse inUse) {
                message.setText(getTranslation("admin.kitas.inUse"));
            } catch (OptimisticLockingFailureException changed) {
                message.setText(getTranslation("admin.changedMeanwhile"));
            }
        });
    }
}
