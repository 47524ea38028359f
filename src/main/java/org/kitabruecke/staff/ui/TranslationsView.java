package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.i18n.TextsInDatabase;
import org.kitabruecke.i18n.TranslationReview;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /admin/translations}: how far every language is, so that the city knows what to give a translator: keys a
 * language lacks (German is shown instead), keys whose German text changed since they were translated, keys
 * translated with software help that no person has reviewed, and texts in the database (partner services, places)
 * that lack the language.
 */
@Route(value = "admin/translations", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class TranslationsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    /** More keys than this are counted, not listed: a list of 800 keys helps nobody on this page. */
    private static final int LISTED = 40;

    private final Translations translations;
    private final List<TextsInDatabase> databaseTexts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Div overview = new Div();

    TranslationsView(Translations translations, List<TextsInDatabase> databaseTexts) {
        this.translations = translations;
        this.databaseTexts = databaseTexts;
        addClassName("kb-translations");
        overview.setId("translations-overview");
        add(title, intro, overview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("admin.translations.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.translations.title"));
        intro.setText(getTranslation("admin.translations.intro"));
        overview.removeAll();
        var body = new NativeTableBody();
        List<NativeDetails> details = translations.languages().stream().skip(1).map(language -> {
            TranslationReview review = translations.review(language);
            List<String> lacking = databaseTexts.stream().flatMap(texts -> texts.lackingIn(language).stream()
                    .map(name -> getTranslation(texts.titleKey()) + ": " + name)).toList();
            body.add(row(language, review, lacking.size()));
            return details(language, review, lacking);
        }).toList();
        var head = new NativeTableRow(header("admin.translations.column.language"),
                header("admin.translations.column.translated"), header("admin.translations.column.missing"),
                header("admin.translations.column.stale"), header("admin.translations.column.unreviewed"),
                header("admin.translations.column.database"));
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.setId("translations-table");
        table.addClassName("kb-table");
        overview.add(table);
        details.forEach(overview::add);
    }

    private NativeTableRow row(Language language, TranslationReview review, int lackingTexts) {
        var row = new NativeTableRow(new NativeTableCell(languageName(language)),
                new NativeTableCell(String.valueOf(review.translated())),
                new NativeTableCell(String.valueOf(review.missing().size())),
                new NativeTableCell(String.valueOf(review.stale().size())),
                new NativeTableCell(String.valueOf(review.unreviewed().size())),
                new NativeTableCell(String.valueOf(lackingTexts)));
        row.getElement().setAttribute("data-lang", language.code());
        return row;
    }

    private NativeDetails details(Language language, TranslationReview review, List<String> lacking) {
        var content = new Div(list("admin.translations.missing", review.missing()),
                list("admin.translations.stale", review.stale()),
                list("admin.translations.unreviewed", review.unreviewed()),
                list("admin.translations.database", lacking));
        var details = new NativeDetails(languageName(language), content);
        details.setId("translations-" + language.code());
        return details;
    }

    private Div list(String key, Collection<String> entries) {
        var section = new Div(new H2(getTranslation(key, "count", entries.size())));
        if (!entries.isEmpty()) {
            var list = new UnorderedList();
            entries.stream().sorted().limit(LISTED).forEach(entry -> list.add(new ListItem(entry)));
            section.add(list);
        }
        if (entries.size() > LISTED) {
            section.add(new Paragraph(getTranslation("admin.translations.more", "count", entries.size() - LISTED)));
        }
        return section;
    }

    private Span languageName(Language language) {
        var name = new Span(translations.nativeName(language) + " · " + language.code());
        name.getElement().setAttribute("lang", language.code());
        name.getElement().setAttribute("dir", language.direction());
        return name;
    }

    private NativeTableHeaderCell header(String key) {
        return new NativeTableHeaderCell(getTranslation(key));
    }
}
