package org.kitabruecke.inbox.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.vaadin.flow.component.Component;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingRetention;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.notification.MailRetention;
import org.kitabruecke.request.RequestRetention;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.Links;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /staff/retention}: what will be forgotten within {@code kitabruecke.retention.warn-before} (default 14
 * days), soonest first — requests, bookings, waiting-list entries and undelivered mails — with the request's code as
 * a link, so that a social worker can still work on an open request (which keeps it) before its data goes.
 */
@Route(value = ForgettingSoonView.PATH, layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class ForgettingSoonView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "staff/retention";

    /** One line of the list: what kind of record, its code or day, the request it opens, when it goes. */
    record Row(String kind, @Nullable String code, @Nullable Instant day, @Nullable Long requestId,
               Instant forgetAt) {
    }

    private final RequestRetention requests;
    private final BookingRetention bookings;
    private final MailRetention mails;
    private final Duration warnBefore;
    private final ZoneId zone;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Grid<Row> grid = new Grid<>();

    ForgettingSoonView(RequestRetention requests, BookingRetention bookings, MailRetention mails,
                       @Value("${kitabruecke.retention.warn-before:P14D}") Duration warnBefore, Clock clock) {
        this.requests = requests;
        this.bookings = bookings;
        this.mails = mails;
        this.warnBefore = warnBefore;
        this.zone = clock.getZone();
        addClassName("kb-forgetting-soon");
        intro.setId("retention-intro");
        empty.setId("retention-empty");
        empty.getElement().setAttribute("role", "status");
        grid.setId("retention-grid");
        grid.setAllRowsVisible(true);
        add(title, intro, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.retention.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.retention.title"));
        intro.setText(getTranslation("staff.retention.intro", "days", warnBefore.toDays()));
        empty.setText(getTranslation("staff.retention.empty"));
        DateFormat days = format(DateFormat.getDateInstance(DateFormat.MEDIUM, Language.gregorian(event.getLocale())));
        DateFormat times = format(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT,
                Language.gregorian(event.getLocale())));
        grid.removeAllColumns();
        grid.addColumn(row -> getTranslation("staff.retention.kind", "kind", row.kind()))
                .setHeader(getTranslation("staff.retention.column.kind")).setAutoWidth(true);
        grid.addComponentColumn(row -> reference(row, "WAITLIST".equals(row.kind()) ? days : times))
                .setHeader(getTranslation("staff.retention.column.reference")).setAutoWidth(true);
        grid.addColumn(row -> days.format(Date.from(row.forgetAt())))
                .setHeader(getTranslation("staff.retention.column.forgetAt")).setAutoWidth(true);
        List<Row> rows = rows();
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
        grid.setItems(rows);
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        requests.dueWithin(warnBefore).forEach(due -> rows.add(new Row(due.kind().name(), due.code(), null,
                due.requestId(), due.forgetAt())));
        bookings.dueWithin(warnBefore).forEach(due -> rows.add(new Row(due.waitlist() ? "WAITLIST" : "BOOKING",
                due.code(), due.day().atZone(zone).toInstant(), null, due.forgetAt())));
        mails.dueWithin(warnBefore).forEach(due -> rows.add(new Row("MAIL", due.reference(), null, due.requestId(),
                due.forgetAt())));
        rows.sort(Comparator.comparing(Row::forgetAt));
        return rows;
    }

    private Component reference(Row row, DateFormat format) {
        String day = row.day() == null ? null : format.format(Date.from(row.day()));
        String text = row.code() == null ? (day == null ? "–" : day) : day == null ? row.code() : row.code() + " · " + day;
        if (row.requestId() == null) {
            return new Span(text);
        }
        var link = Links.inApp(RequestView.PATH + "/" + row.requestId());
        link.setText(text);
        return link;
    }

    private DateFormat format(DateFormat format) {
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format;
    }
}
