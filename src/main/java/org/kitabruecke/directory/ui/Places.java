package org.kitabruecke.directory.ui;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.i18n.LanguageNames;

/** What the Kita and service pages show alike: map links, weekday names, the languages spoken there. */
final class Places {

    private Places() {
    }

    /**
     * Two links for an address, nothing loaded from elsewhere until tapped: {@code geo:} opens the phone's own map app,
     * the OpenStreetMap link a map in the browser (on a desktop).
     */
    static Div mapLinks(String address, Function<String, String> translation) {
        String query = URLEncoder.encode(address, StandardCharsets.UTF_8);
        var app = new Anchor();
        app.setText(translation.apply("contacts.kita.map"));
        // geo: is refused by Anchor's URL check; the URL is our own, encoded address, nothing a visitor typed
        app.setUnsafeHref("geo:0,0?q=" + query);
        app.setId("place-map");
        var web = new Anchor("https://www.openstreetmap.org/search?query=" + query,
                translation.apply("contacts.map.web"));
        web.setId("place-map-web");
        var links = new Div(app, web);
        links.addClassName("kb-map-links");
        return links;
    }

    /** "Counselling centre – for the whole city" or "… – district Mitte", in the page's language. */
    static String where(Component page, PartnerService service) {
        return page.getTranslation("services.where", "kind",
                page.getTranslation("services.kind." + service.kind().name()),
                "district", service.districtName() == null ? "none" : service.districtName());
    }

    /** The weekday's name as the reader's language writes it (ICU). */
    static String weekday(DayOfWeek day, Locale locale) {
        return DateFormatSymbols.getInstance(Language.gregorian(locale))
                .getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[day.getValue() % 7 + 1];
    }

    /** Language codes as a list in the reader's language: "Deutsch, Türkisch und Arabisch" (ICU). */
    static String languages(List<String> codes, Locale locale) {
        return ListFormatter.getInstance(ULocale.forLocale(locale)).format(codes.stream()
                .map(code -> LanguageNames.inSentence(code.strip(), locale)).toList());
    }
}
