package org.kitabruecke.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.statistics.ActivityCategory;
import org.kitabruecke.statistics.ActivityLog;
import org.kitabruecke.statistics.Figures;
import org.kitabruecke.statistics.LoggedActivity;
import org.kitabruecke.statistics.Quarter;
import org.kitabruecke.statistics.QuarterlyFigures;
import org.kitabruecke.statistics.UndoOutcome;

/**
 * {@code /staff/statistics}: log today's counselling with one tap (district, topic and Kita if wanted), and the
 * quarter's figures per category, district, topic and contact language beside the previous quarter — as bars and
 * as a table — with the CSV export for the city's report.
 */
@Route(value = "staff/statistics", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class StatisticsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ActivityLog log;
    private final QuarterlyFigures figures;
    private final Map<Long, String> districtNames = new LinkedHashMap<>();
    private final H1 title = new H1();
    private final H2 logTitle = new H2();
    private final Select<DistrictEntry> district = new Select<>();
    private final Select<Topic> topic = new Select<>();
    private final ComboBox<KitaEntry> kita = new ComboBox<>();
    private final Div logButtons = new Div();
    private final Paragraph logged = new Paragraph();
    private final Div undoSlot = new Div();
    private final Clock clock;
    private final H2 figuresTitle = new H2();
    private final Select<Quarter> quarter = new Select<>();
    private final Anchor export = new Anchor();
    private final Paragraph exportNote = new Paragraph();
    private final Div tables = new Div();

    StatisticsView(ActivityLog log, QuarterlyFigures figures, Directory directory, Clock clock) {
        this.log = log;
        this.figures = figures;
        this.clock = clock;
        addClassName("kb-statistics");
        List<DistrictEntry> districts = directory.districtList(Locale.GERMAN);
        districts.forEach(d -> districtNames.put(d.id(), d.name()));
        district.setItems(districts);
        district.setEmptySelectionAllowed(true);
        district.setId("log-district");
        topic.setItems(Topic.values());
        topic.setEmptySelectionAllowed(true);
        topic.setId("log-topic");
        kita.setItems(directory.kitas(Locale.GERMAN));
        kita.setItemLabelGenerator(KitaEntry::name);
        kita.setClearButtonVisible(true);
        kita.setId("log-kita");
        logged.setId("log-message");
        logged.getElement().setAttribute("role", "status");
        logButtons.addClassName("kb-staff-controls");
        Quarter current = Quarter.of(LocalDate.now(clock));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = current; quarters.size() < 8; q = q.previous()) {
            quarters.add(q);
        }
        quarter.setItems(quarters);
        quarter.setValue(current);
        quarter.setId("figures-quarter");
        quarter.addValueChangeListener(change -> showFigures());
        export.setId("figures-export");
        var filters = new Div(district, topic, kita);
        filters.addClassName("kb-staff-controls");
        undoSlot.setId("log-confirmation");
        add(title, logTitle, filters, logButtons, new Div(logged, undoSlot), figuresTitle, new Div(quarter), export, exportNote, tables);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("statistics.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("statistics.title"));
        logTitle.setText(getTranslation("statistics.log.title"));
        district.setLabel(getTranslation("inbox.filter.district"));
        district.setItemLabelGenerator(d -> d == null ? "–" : d.name());
        topic.setLabel(getTranslation("inbox.filter.topic"));
        topic.setItemLabelGenerator(t -> t == null ? "–" : getTranslation("help.topic." + t.name()));
        kita.setLabel(getTranslation("inbox.filter.kita"));
        logButtons.removeAll();
        Arrays.stream(ActivityCategory.values()).filter(ActivityCategory::isLogged).forEach(category -> {
            var button = new Button(getTranslation("statistics.category." + category.name()));
            // disabled in the browser at the tap, until the server has answered: a double tap on a slow phone is
            // one entry; a second tap after the confirmation is a second entry and says so (decision 0024)
            button.setDisableOnClick(true);
            button.addClickListener(click -> {
                try {
                    logged(log.log(category, district.getValue() == null ? null : district.getValue().id(),
                            topic.getValue(), kita.getValue() == null ? null : kita.getValue().id()));
                } finally {
                    button.setEnabled(true);
                }
            });
            button.setId("log-" + category.name());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            logButtons.add(button);
        });
        figuresTitle.setText(getTranslation("statistics.figures.title"));
        quarter.setLabel(getTranslation("statistics.quarter"));
        exportNote.setText(getTranslation("statistics.export.note", "below", figures.suppressBelow()));
        export.setText(getTranslation("statistics.export"));
        showFigures();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The confirmation of an entry: which one of today's it is, and a way to take it back for a while. */
    private void logged(LoggedActivity entry) {
        String what = getTranslation("statistics.category." + entry.category().name());
        logged.setText(getTranslation("statistics.entered", "what", what, "count", entry.countToday()));
        var undo = new Button(getTranslation("statistics.undo"));
        undo.setId("log-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.setDisableOnClick(true);
        undo.addClickListener(click -> {
            UndoOutcome outcome = log.undo(entry.id());
            logged.setText(switch (outcome) {
                case UNDONE, GONE -> getTranslation("statistics.undone", "what", what);
                case TOO_LATE, NOT_YOURS -> getTranslation("statistics.undo.tooLate");
            });
            undoSlot.removeAll();
            showFigures();
        });
        // the button goes when the window has passed; the server decides all the same
        long millis = Math.max(0, entry.undoUntil().toEpochMilli() - clock.millis());
        undo.getElement().executeJs("setTimeout(() => { this.hidden = true; }, $0)", millis);
        undoSlot.removeAll();
        undoSlot.add(undo);
        showFigures();
    }

    private void showFigures() {
        Quarter shown = quarter.getValue();
        Locale locale = getLocale();
        Figures now = figures.of(shown);
        Figures before = figures.of(shown.previous());
        BiFunction<String, String, String> label = (dimension, key) -> label(dimension, key, locale);
        export.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] csv = figures.csv(shown, QuarterlyFigures.labels(List.of(getTranslation("statistics.csv.dimension"),
                            getTranslation("statistics.csv.value"), shown.toString(), shown.previous().toString()),
                    dimension -> getTranslation("statistics.dimension." + dimension), label));
            return new DownloadResponse(new ByteArrayInputStream(csv), "kita-sozialarbeit-" + shown.year() + "-q"
                    + shown.number() + ".csv", "text/csv; charset=UTF-8", csv.length);
        }));
        tables.removeAll();
        tables.add(new Paragraph(getTranslation("statistics.total", "quarter", shown.toString(), "count",
                now.total(), "previous", before.total())));
        tables.add(FiguresTable.of(this, "category", now.byCategory(), before.byCategory(), label, shown));
        tables.add(FiguresTable.of(this, "district", now.byDistrict(), before.byDistrict(), label, shown));
        tables.add(FiguresTable.of(this, "topic", now.byTopic(), before.byTopic(), label, shown));
        tables.add(FiguresTable.of(this, "language", now.byLanguage(), before.byLanguage(), label, shown));
    }

    private String label(String dimension, String key, Locale locale) {
        return switch (dimension) {
            case "category" -> getTranslation("statistics.category." + key);
            case "district" -> Figures.NO_DISTRICT.equals(key) ? getTranslation("statistics.district.none")
                    : districtNames.getOrDefault(Long.valueOf(key), key);
            case "topic" -> getTranslation("help.topic." + key);
            case "language" -> LanguageNames.inLanguageOf(key, locale);
            default -> key;
        };
    }
}
