package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.SelectInput;
import org.kitabruecke.ui.SelectInput.Option;

/**
 * {@code /contacts/services?topic=MONEY&district=3}: help near the family — counselling centres, family centres, the
 * Job-Center … filtered by the same topics as help requests and by district, each with a short description in the
 * reader's language. The filters are kept in the address, so a filtered list can be bookmarked or sent on.
 */
@Route(value = ServicesView.PATH, layout = PublicLayout.class)
@AnonymousAllowed
class ServicesView extends Div implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver,
        HasDynamicTitle, PrerenderedPage {

    static final String PATH = "contacts/services";

    private final Directory directory;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final SelectInput topic = new SelectInput("services-topic");
    private final SelectInput district = new SelectInput("services-district");
    private final Paragraph count = new Paragraph();
    private final UnorderedList results = new UnorderedList();

    ServicesView(Directory directory) {
        this.directory = directory;
        addClassNames("kb-help", "kb-services");
        intro.addClassName("kb-lead");
        count.setId("services-count");
        count.getElement().setAttribute("role", "status");
        results.setId("services-results");
        results.addClassName("kb-service-list");
        topic.addChangeListener(value -> filtersChanged());
        district.addChangeListener(value -> filtersChanged());
        var filters = new Div(topic, district);
        filters.addClassName("kb-filters");
        add(title, intro, filters, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        topic.setValue(parameters.getSingleParameter("topic")
                .filter(value -> Arrays.stream(Topic.values()).anyMatch(t -> t.name().equals(value))).orElse(""));
        district.setValue(parameters.getSingleParameter("district").filter(value -> value.matches("[0-9]{1,9}"))
                .orElse(""));
    }

    /** Also when the same page is opened again with other filters (a link from a Kita's page, say). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showResults(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("services.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        title.setText(getTranslation("services.title"));
        intro.setText(getTranslation("services.intro"));
        topic.setTexts(getTranslation("services.topic.label"), getTranslation("services.topic.hint"));
        List<Option> topics = new ArrayList<>();
        topics.add(new Option("", getTranslation("services.topic.all"), null));
        Arrays.stream(Topic.values()).filter(t -> t != Topic.OTHER)
                .forEach(t -> topics.add(new Option(t.name(), getTranslation("help.topic." + t.name()), null)));
        topic.setOptions(topics);
        district.setTexts(getTranslation("services.district.label"), getTranslation("services.district.hint"));
        List<Option> districts = new ArrayList<>();
        districts.add(new Option("", getTranslation("services.district.all"), null));
        directory.districtList(locale)
                .forEach(d -> districts.add(new Option(String.valueOf(d.id()), d.name(), "de")));
        district.setOptions(districts);
        showResults(locale);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void filtersChanged() {
        showResults(getLocale());
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!topic.getValue().isEmpty()) {
            parameters.put("topic", topic.getValue());
        }
        if (!district.getValue().isEmpty()) {
            parameters.put("district", district.getValue());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location(PATH, QueryParameters.simple(parameters))));
    }

    private void showResults(Locale locale) {
        List<PartnerService> found = directory.services(chosenTopic(), chosenDistrict(), locale);
        results.removeAll();
        found.forEach(service -> results.add(card(service, locale)));
        count.setText(getTranslation("services.count", "count", found.size()));
    }

    private @Nullable Topic chosenTopic() {
        return topic.getValue().isEmpty() ? null : Topic.valueOf(topic.getValue());
    }

    private @Nullable Long chosenDistrict() {
        return district.getValue().isEmpty() ? null : Long.valueOf(district.getValue());
    }

    /** Name (to its page), kind, where, the description in the reader's language, and the phone to tap. */
    private ListItem card(PartnerService service, Locale locale) {
        var name = Links.inApp(ServicePageView.PATH + "/" + service.id());
        name.setText(service.name());
        name.getElement().setAttribute("lang", "de");
        var kind = new Paragraph(Places.where(this, service));
        kind.addClassName("kb-field-hint");
        var item = new ListItem(new H2(name), kind);
        service.description(locale).ifPresent(description -> {
            var text = new Paragraph(description.text());
            text.getElement().setAttribute("lang", description.language());
            item.add(text);
        });
        var call = new Anchor("tel:" + service.phone().replace(" ", ""),
                getTranslation("contacts.kita.phone", "number", Formats.phoneNumber(service.phone())));
        call.addClassName("kb-tel");
        item.add(new Div(call));
        return item;
    }

    /** The link to this list filtered for one district: used by the Kita pages. */
    static String forDistrict(long districtId) {
        return PATH + "?district=" + districtId;
    }
}
