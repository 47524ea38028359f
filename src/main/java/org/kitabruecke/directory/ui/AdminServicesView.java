package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DirectoryAdmin;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.ComponentTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * {@code /admin/services}: the partner services parents find under "help nearby". The list shows which
 * descriptions are still missing in which language; choose a service to change it, or add a new one.
 */
@Route(value = "admin/services", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class AdminServicesView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final DirectoryAdmin admin;
    private final List<Language> portalLanguages;
    private final H1 title = new H1();
    private final Grid<PartnerService> grid = new Grid<>();
    private final H2 formTitle = new H2();
    private final ServiceForm form;
    private final Button save = new Button();
    private final Button fresh = new Button();
    private final Button delete = new Button();
    private final Paragraph message = new Paragraph();
    private @Nullable PartnerService editing;

    AdminServicesView(DirectoryAdmin admin, Directory directory, Translations translations,
                      @Value("${kitabruecke.contact-languages}") List<String> spokenLanguages) {
        this.admin = admin;
        this.portalLanguages = translations.languages();
        this.form = new ServiceForm(directory.districtList(Locale.GERMAN), spokenLanguages, portalLanguages);
        addClassName("kb-admin");
        grid.setId("admin-services");
        grid.setHeight("20rem");
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::edit));
        save.setId("service-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveService());
        fresh.addClickListener(click -> edit(null));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> deleteService());
        message.setId("service-message");
        message.getElement().setAttribute("role", "status");
        add(title, grid, formTitle, form, AdminForms.row(save, fresh, delete), message);
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("admin.services.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.services.title"));
        grid.removeAllColumns();
        grid.addColumn(PartnerService::name).setHeader(getTranslation("admin.kita.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(service -> getTranslation("services.kind." + service.kind().name()))
                .setHeader(getTranslation("admin.service.kind"));
        grid.addColumn(service -> service.districtName() == null ? getTranslation("admin.service.wholeCity")
                : service.districtName()).setHeader(getTranslation("admin.kita.district"));
        grid.addColumn(this::missing).setHeader(getTranslation("admin.services.missingColumn")).setFlexGrow(2);
        ComponentTexts.sortLabels(grid);
        save.setText(getTranslation("admin.save"));
        fresh.setText(getTranslation("admin.services.new"));
        delete.setText(getTranslation("admin.delete"));
        formTitle.setText(editing == null ? getTranslation("admin.services.new") : editing.name());
        form.translate();
        refresh();
    }

    /** The portal languages without a description, by code: "ru, uk", or "–" when complete. */
    private String missing(PartnerService service) {
        String codes = portalLanguages.stream().map(Language::code)
                .filter(code -> !service.descriptions().containsKey(code)).collect(Collectors.joining(", "));
        return codes.isEmpty() ? "–" : codes;
    }

    private void refresh() {
        grid.setItems(admin.services());
    }

    private void edit(@Nullable PartnerService service) {
        editing = service;
        form.edit(service);
        delete.setEnabled(service != null);
        message.setText("");
        formTitle.setText(service == null ? getTranslation("admin.services.new") : service.name());
    }

    private void saveService() {
        var entered = form.read();
        if (entered.isEmpty()) {
            message.setText(getTranslation("admin.fixFields"));
            return;
        }
        try {
            long id = admin.saveService(entered.get());
            refresh();
            admin.services().stream().filter(service -> service.id() != null && service.id() == id).findFirst()
                    .ifPresent(this::edit);
            message.setText(getTranslation("admin.saved"));
        } catch (OptimisticLockingFailureException changed) {
            message.setText(getTranslation("admin.changedMeanwhile"));
        }
    }

    private void deleteService() {
        if (editing == null || editing.id() == null) {
            return;
        }
        PartnerService service = editing;
        AdminForms.confirm(this, getTranslation("admin.kitas.deleteQuestion", "name", service.name()), () -> {
            try {
                admin.deleteService(service.id(), service.version());
                refresh();
                edit(null);
                message.setText(getTranslation("admin.deleted"));
            } catch (OptimisticLockingFailureException changed) {
                message.setText(getTranslation("admin.changedMeanwhile"));
            }
        });
    }
}
