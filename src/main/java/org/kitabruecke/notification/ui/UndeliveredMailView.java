package org.kitabruecke.notification.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.kitabruecke.notification.ParkedMail;
import org.kitabruecke.notification.UndeliveredMail;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /admin/mail}: every mail given up on after its last attempt — also those that belong to no request or
 * booking, such as a waiting-list offer — with the request's or booking's code, and "send again" for each.
 */
@Route(value = "admin/mail", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class UndeliveredMailView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final UndeliveredMail mails;
    private final ZoneId zone;
    private final H1 title = new H1();
    private final Paragraph summary = new Paragraph();
    private final Grid<ParkedMail> grid = new Grid<>();
    private DateFormat times = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT);

    UndeliveredMailView(UndeliveredMail mails, Clock clock) {
        this.mails = mails;
        this.zone = clock.getZone();
        addClassName("kb-undelivered-mail");
        summary.setId("undelivered-summary");
        summary.getElement().setAttribute("role", "status");
        grid.setId("undelivered-grid");
        grid.setAllRowsVisible(true);
        add(title, summary, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.mail.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.mail.title"));
        times = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, Language.gregorian(event.getLocale()));
        times.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        grid.removeAllColumns();
        grid.addColumn(mail -> getTranslation("staff.mail.undelivered", "kind", mail.kind().name()))
                .setHeader(getTranslation("staff.mail.column.mail")).setFlexGrow(2);
        grid.addColumn(mail -> mail.reference() == null ? "–" : mail.reference())
                .setHeader(getTranslation("staff.mail.column.reference")).setAutoWidth(true);
        grid.addColumn(mail -> getTranslation("staff.mail.undelivered.detail", "attempts", mail.attempts(),
                "when", times.format(Date.from(mail.parkedAt()))))
                .setHeader(getTranslation("staff.mail.column.tried")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setAutoWidth(true);
        refresh();
    }

    private Component action(ParkedMail mail) {
        if (mail.retrying()) {
            return new Span(getTranslation("staff.mail.retrying"));
        }
        var retry = new Button(getTranslation("staff.mail.retry"), click -> {
            mails.retry(mail.id());
            refresh();
        });
        retry.setId("undelivered-retry-" + mail.id());
        return retry;
    }

    private void refresh() {
        List<ParkedMail> parked = mails.all();
        summary.setText(getTranslation("staff.mail.count", "count", parked.size()));
        grid.setItems(parked);
    }
}
