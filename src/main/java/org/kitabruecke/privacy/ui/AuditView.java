package org.kitabruecke.privacy.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.privacy.AuditEntry;
import org.kitabruecke.privacy.AuditQuery;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.privacy.RecordCodes;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.DatePickers;

/**
 * {@code /admin/audit}: who saw or changed which record when — searched by person, by a family's reference code or
 * booking code (their request and bookings), by record number and time, newest first.
 */
@Route(value = "admin/audit", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class AuditView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AuditTrail trail;
    private final ZoneId zone;
    private final H1 title = new H1();
    private final TextField actor = new TextField();
    private final TextField record = new TextField();
    private final TextField code = new TextField();
    private final List<RecordCodes> codes;
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Paragraph count = new Paragraph();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditTrail trail, List<RecordCodes> codes, Clock clock) {
        this.trail = trail;
        this.codes = codes;
        this.zone = clock.getZone();
        addClassName("kb-audit");
        actor.setId("audit-actor");
        record.setId("audit-record");
        record.setAllowedCharPattern("[0-9]");
        code.setId("audit-code");
        code.setMaxLength(20);
        for (var field : new TextField[] {actor, record, code}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> refresh());
        }
        from.addValueChangeListener(change -> refresh());
        until.addValueChangeListener(change -> refresh());
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        grid.setId("audit-grid");
        grid.setPageSize(100);
        count.setId("audit-count");
        var filters = new Div(actor, code, record, from, until);
        filters.addClassName("kb-staff-controls");
        add(title, filters, count, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("audit.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("audit.title"));
        actor.setLabel(getTranslation("audit.actor"));
        record.setLabel(getTranslation("audit.record"));
        code.setLabel(getTranslation("audit.code"));
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));
        DatePickers.localize(from, event.getLocale());
        DatePickers.localize(until, event.getLocale());
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM,
                Language.gregorian(event.getLocale()));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        grid.removeAllColumns();
        grid.addColumn(entry -> format.format(Date.from(entry.at()))).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(entry -> entry.recordId() == null ? "–" : entry.recordType() + " #" + entry.recordId())
                .setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader(getTranslation("audit.detail"));
        refresh();
    }

    private void refresh() {
        var query = new AuditQuery(actor.getValue().isBlank() ? null : actor.getValue(),
                record.getValue().isBlank() ? null : Long.valueOf(record.getValue()),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                code.getValue().isBlank() ? null
                        : codes.stream().flatMap(lookup -> lookup.recordsOf(code.getValue()).stream()).toList());
        count.setText(getTranslation("audit.count", "count", trail.count(query)));
        grid.setItems(page -> trail.search(query, page.getOffset(), page.getLimit()).stream(),
                page -> trail.count(query));
    }
}
