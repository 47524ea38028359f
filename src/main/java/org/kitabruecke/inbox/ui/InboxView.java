package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.notification.MailKind;
import org.kitabruecke.notification.UndeliveredMail;
import org.kitabruecke.request.CaseFilter;
import org.kitabruecke.request.CaseRow;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.ComponentTexts;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /staff}: every help request, from parents and from Kitas, in one grid that loads page by page from the
 * database. Filters for state, topic, urgency, district, Kita, contact language, interpreter, whose it is, and a
 * search in the families' words; urgent and long-waiting requests stand out. A row opens the request; its reference
 * code is a link to it, so it also opens in a new tab.
 */
@Route(value = InboxView.PATH, layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class InboxView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "staff";
    private static final int NARROW = 1000;
    /** Below this width (a phone) the filters start folded, so that the first screen shows requests. */
    private static final int PHONE = 600;

    private final Casework casework;
    private final Clock clock;
    private final Waiting waiting;
    private final List<String> languages;
    private final Map<Long, String> districtNames;
    private final Map<Long, String> kitaNames;
    private final H1 title = new H1();
    private final Paragraph count = new Paragraph();
    private final InboxFilters filters;
    private final Grid<CaseRow> grid = new Grid<>();
    private final UndeliveredMail mails;
    /** Of the requests loaded into the grid, those whose family a mail could not reach. */
    private final Map<Long, MailKind> undelivered = new HashMap<>();
    /**
     * One data provider for the grid's whole life; a filter change refreshes it. Replacing it on every search would
     * forget the rows' keys at once, and a click the browser sent for a row it still showed would find no row.
     */
    private final ConfigurableFilterDataProvider<CaseRow, Void, CaseFilter> rows;
    /** On a tablet in portrait the grid leaves out "where" and "language" (they are on the request's page). */
    private boolean narrow;

    InboxView(Casework casework, Directory directory, Clock clock, Waiting waiting, UndeliveredMail mails,
              @Value("${kitabruecke.contact-languages}") List<String> languages) {
        this.casework = casework;
        this.mails = mails;
        this.clock = clock;
        this.waiting = waiting;
        this.languages = languages;
        List<DistrictEntry> districts = directory.districtList(Locale.GERMAN);
        List<KitaEntry> kitas = directory.kitas(Locale.GERMAN);
        this.districtNames = districts.stream().collect(Collectors.toMap(DistrictEntry::id, DistrictEntry::name));
        this.kitaNames = kitas.stream().collect(Collectors.toMap(KitaEntry::id, KitaEntry::name));
        addClassName("kb-inbox");
        filters = new InboxFilters(districts, kitas, languages, this::filtersChanged);
        grid.setId("inbox-grid");
        grid.setPageSize(50);
        grid.setPartNameGenerator(this::highlight);
        rows = DataProvider.<CaseRow, CaseFilter>fromFilteringCallbacks(this::fetch,
                query -> casework.count(filterOf(query))).withConfigurableFilter();
        grid.setItems(rows);
        grid.addItemClickListener(click -> {
            // null only for a row that is gone from the grid by now: nothing to open, the grid shows what is there
            if (click.getItem() != null) {
                getUI().ifPresent(ui -> ui.navigate(pathOf(click.getItem())));
            }
        });
        count.setId("inbox-count");
        count.getElement().setAttribute("role", "status");
        add(title, filters, count, grid);
    }

    /** The filters come from the address: a reload or a bookmark shows the same requests. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters());
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        // the browser knows its width at once (a media query); the details report their state back to the server
        filters.getElement().executeJs("if (window.matchMedia($0).matches) this.opened = true;",
                "(min-width: " + PHONE + "px)");
        page.addBrowserWindowResizeListener(resize -> fit(resize.getWidth()));
    }

    /** A filter changed: new rows, and the address says so (replaced, so that Back leaves the inbox). */
    private void filtersChanged() {
        refresh();
        filters.summarize();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(PATH, filters.asQuery())));
    }

    private void fit(int width) {
        narrow = width < NARROW;
        List.of("where", "language").forEach(key -> {
            var column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(!narrow);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.inbox.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(getTranslation("staff.inbox.title"));
        filters.localize(locale);
        columns(locale);
        refresh();
    }

    private void columns(Locale locale) {
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<CaseRow>of("<a href=${item.href}>${item.code}</a>")
                        .withProperty("href", InboxView::pathOf).withProperty("code", CaseRow::referenceCode))
                .setHeader(getTranslation("inbox.column.code")).setAutoWidth(true).setFlexGrow(0);
        var received = grid.addColumn(row -> waiting.describe(row.receivedAt(), clock.instant(), locale))
                .setHeader(getTranslation("inbox.column.waiting")).setSortable(true).setKey("received")
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("inbox.urgency." + row.urgency().name()))
                .setHeader(getTranslation("inbox.column.urgency")).setAutoWidth(true);
        grid.addColumn(row -> row.topics().stream().sorted().map(t -> getTranslation("help.topic." + t.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("inbox.column.topics")).setFlexGrow(2);
        grid.addColumn(row -> row.kitaId() != null ? kitaNames.getOrDefault(row.kitaId(), "")
                : row.districtId() == null ? "" : districtNames.getOrDefault(row.districtId(), ""))
                .setHeader(getTranslation("inbox.column.where")).setKey("where").setVisible(!narrow);
        grid.addColumn(row -> getTranslation("inbox.column.languageValue", "language",
                LanguageNames.inLanguageOf(row.contactLanguage().code(), locale),
                "interpreter", row.interpreterNeeded() ? "yes" : "no"))
                .setHeader(getTranslation("inbox.column.language")).setKey("language").setVisible(!narrow);
        grid.addColumn(row -> row.assignedTo() == null ? "–" : row.assignedTo())
                .setHeader(getTranslation("inbox.column.assignee")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("inbox.column.status")).setKey("status")
                .setAutoWidth(true);
        grid.sort(GridSortOrder.asc(received).build());
        ComponentTexts.sortLabels(grid);
    }

    private void refresh() {
        undelivered.clear();
        CaseFilter filter = filters.filter();
        count.setText(getTranslation("inbox.count", "count", casework.count(filter)));
        rows.setFilter(filter);
    }

    /** A page of rows, and which of their families a mail could not reach. */
    private Stream<CaseRow> fetch(Query<CaseRow, CaseFilter> query) {
        List<CaseRow> page = casework.inbox(filterOf(query), oldestFirst(query), query.getOffset(), query.getLimit());
        List<Long> ids = page.stream().map(CaseRow::id).toList();
        ids.forEach(undelivered::remove);
        undelivered.putAll(mails.requestsAmong(ids));
        return page.stream();
    }

    private static CaseFilter filterOf(Query<CaseRow, CaseFilter> query) {
        return query.getFilter().orElseGet(CaseFilter::open);
    }

    private static boolean oldestFirst(Query<CaseRow, CaseFilter> query) {
        return query.getSortOrders().isEmpty()
                || query.getSortOrders().getFirst().getDirection() == SortDirection.ASCENDING;
    }

    private static String pathOf(CaseRow row) {
        return RequestView.PATH + "/" + row.id();
    }

    /** The request's state, and whether a mail to the family could not be delivered. */
    private Component status(CaseRow row) {
        var status = new Span(getTranslation("inbox.status." + row.status().name()));
        MailKind undeliveredMail = undelivered.get(row.id());
        if (undeliveredMail == null) {
            return status;
        }
        var marker = new Span(getTranslation("staff.mail.undelivered", "kind", undeliveredMail.name()));
        marker.addClassName("kb-mail-undelivered-marker");
        return new Div(status, marker);
    }


    /** Urgent requests stand out; so does any request that waited longer than its threshold for a first answer. */
    private @Nullable String highlight(CaseRow row) {
        if (!row.status().isOpen()) {
            return null;
        }
        Duration waited = Duration.between(row.receivedAt(), clock.instant());
        boolean overdue = row.status() == RequestStatus.RECEIVED && waiting.isOverdue(row.urgency(), waited);
        if (row.urgency() == Urgency.URGENT) {
            return overdue ? "kb-urgent kb-overdue" : "kb-urgent";
        }
        return overdue ? "kb-overdue" : null;
    }

}
