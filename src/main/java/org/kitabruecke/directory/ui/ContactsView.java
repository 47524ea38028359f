package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.DistrictEntry;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.TextInput;

/**
 * {@code /contacts}: find your Kita — one search box, tolerant of spelling and script (results while typing), or
 * browse by district. Every Kita links to its page with the people responsible for it.
 */
@Route(value = "contacts", layout = PublicLayout.class)
@AnonymousAllowed
class ContactsView extends Div implements LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    private static final int RESULTS_MAX = 50;

    private final Directory directory;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextInput search = new TextInput("contacts-search")
            .attribute("type", "search").attribute("autocomplete", "off").attribute("maxlength", "80");
    private final Paragraph count = new Paragraph();
    private final UnorderedList results = new UnorderedList();
    private final Div browse = new Div();
    private final Div more = new Div();

    ContactsView(Directory directory) {
        this.directory = directory;
        addClassNames("kb-help", "kb-contacts");
        intro.addClassName("kb-lead");
        search.input().setValueChangeMode(ValueChangeMode.LAZY);
        search.input().setValueChangeTimeout(300);
        search.input().addValueChangeListener(change -> showResults(getLocale()));
        count.setId("contacts-count");
        count.getElement().setAttribute("role", "status");
        results.setId("contacts-results");
        results.addClassName("kb-link-list");
        browse.addClassName("kb-browse");
        more.addClassName("kb-contacts-more");
        add(title, intro, search, count, results, browse, more);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("contacts.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(getTranslation("contacts.title"));
        intro.setText(getTranslation("contacts.intro"));
        search.setTexts(getTranslation("contacts.search.label"), getTranslation("contacts.search.hint"));
        showResults(locale);
        showBrowse(locale);
        more.removeAll();
        var ways = new UnorderedList(
                new ListItem(link(ServicesView.PATH, "contacts.more.services", "contacts.more.services.hint")),
                new ListItem(link(EmergencyView.PATH, "contacts.more.emergency", "contacts.more.emergency.hint")));
        ways.addClassName("kb-link-list");
        more.add(new H2(getTranslation("contacts.more")), ways);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showResults(Locale locale) {
        String query = search.getValue();
        List<KitaEntry> found = directory.searchKitas(query, locale, RESULTS_MAX);
        results.removeAll();
        found.forEach(kita -> results.add(item(kita)));
        count.setText(query.isBlank() ? "" : getTranslation("help.kita.results", "count", found.size()));
        count.setVisible(!query.isBlank());
    }

    /** Every district as a disclosure with its Kitas: works as plain HTML, without Vaadin's client. */
    private void showBrowse(Locale locale) {
        browse.removeAll();
        browse.add(new Paragraph(getTranslation("contacts.browse")));
        List<KitaEntry> kitas = directory.kitas(locale);
        for (DistrictEntry district : directory.districtList(locale)) {
            var list = new UnorderedList();
            list.addClassName("kb-link-list");
            kitas.stream().filter(kita -> kita.districtId() == district.id()).forEach(kita -> list.add(item(kita)));
            browse.add(new NativeDetails(district.name(), list));
        }
    }

    private Div link(String path, String key, String hintKey) {
        var link = Links.inApp(path);
        link.setText(getTranslation(key));
        var hint = new Paragraph(getTranslation(hintKey));
        hint.addClassName("kb-field-hint");
        return new Div(link, hint);
    }

    private ListItem item(KitaEntry kita) {
        var link = Links.inApp(KitaPageView.PATH + "/" + kita.id());
        link.setText(kita.name());
        var address = new Paragraph(kita.address().oneLine());
        address.addClassName("kb-field-hint");
        return new ListItem(link, address);
    }
}
