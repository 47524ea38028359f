package org.kitabruecke.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.booking.ConsultationHours;
import org.kitabruecke.booking.OpenHour;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Icons;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;

/**
 * "How can we help?": the page on the flyers. Three ways in (ask for help, come to the open consultation hour,
 * find the contacts at your Kita) and, right away, when the open consultation hour is today. It lives in booking
 * because its only live content is the consultation hours.
 */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class StartView extends Div
        implements AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    private final ConsultationHours consultationHours;
    private final Formats formats;

    StartView(ConsultationHours consultationHours, Formats formats) {
        this.consultationHours = consultationHours;
        this.formats = formats;
        addClassName("kb-start");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.pageTitle");
    }

    /** Rendered on every arrival, so that a page left open since the morning shows which hours are over. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        render(event.getLocationChangeEvent().getUI().getLocale());
    }

    /** A language switch in place re-renders; on arrival {@link #afterNavigation} does. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (isAttached()) {
            render(event.getLocale());
        }
    }

    private void render(Locale locale) {
        removeAll();
        var title = new H1(getTranslation("start.title"));
        var intro = new Paragraph(getTranslation("start.intro"));
        intro.addClassName("kb-lead");
        add(title, intro, entries(), todaysHours(locale), statusHint());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Component entries() {
        var list = new UnorderedList(
                entry("help", Icons.CHAT, "start.entry.help", "start.entry.help.hint"),
                entry("book", Icons.CALENDAR, "start.entry.book", "start.entry.book.hint"),
                entry("contacts", Icons.PEOPLE, "start.entry.contacts", "start.entry.contacts.hint"));
        list.addClassName("kb-entries");
        var nav = new Nav(list);
        nav.getElement().setAttribute("aria-label", getTranslation("start.entries.label"));
        return nav;
    }

    private ListItem entry(String path, String icon, String titleKey, String hintKey) {
        var title = new Span(getTranslation(titleKey));
        title.addClassName("kb-entry-title");
        var hint = new Span(getTranslation(hintKey));
        hint.addClassName("kb-entry-hint");
        var text = new Span(title, hint);
        text.addClassName("kb-entry-text");
        var link = Links.inApp(path);
        link.add(Icons.icon(icon), text);
        link.addClassName("kb-entry");
        return new ListItem(link);
    }

    private Component todaysHours(Locale locale) {
        LocalDate today = consultationHours.today();
        List<OpenHour> hours = consultationHours.on(today);
        var heading = new H2(Icons.icon(Icons.CLOCK), new Span(getTranslation("start.hours.title")));
        var section = new Section(heading);
        section.addClassName("kb-hours");
        section.getElement().setAttribute("aria-labelledby", "kb-hours-title");
        heading.setId("kb-hours-title");
        section.add(new Paragraph(getTranslation("start.hours.today",
                "day", formats.day(today, locale), "count", hours.size())));
        if (!hours.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("kb-hour-list");
            hours.forEach(hour -> list.add(hourItem(hour, locale)));
            section.add(list);
        }
        consultationHours.next()
                .filter(next -> hours.isEmpty() || !next.date().equals(today))
                .ifPresent(next -> section.add(new Paragraph(getTranslation("start.hours.next",
                        "day", formats.day(next.date(), locale),
                        "time", formats.timeRange(next.date(), next.startsAt(), next.endsAt(), locale),
                        "place", next.locationName()))));
        section.add(new Paragraph(getTranslation("start.hours.noAppointment")));
        return section;
    }

    private ListItem hourItem(OpenHour hour, Locale locale) {
        var time = new Span(formats.timeRange(hour.date(), hour.startsAt(), hour.endsAt(), locale));
        time.addClassName("kb-hour-time");
        time.getElement().setAttribute("dir", "auto");
        var place = Links.inApp("book/place/" + hour.locationId());
        place.setText(hour.locationName());
        place.addClassName("kb-hour-place");
        var address = new Span(getTranslation("start.hours.address",
                "street", hour.street(), "postcode", hour.postcode(), "city", hour.city()));
        address.addClassName("kb-hour-address");
        var item = new ListItem(time, place, address);
        item.addClassName("kb-hour");
        if (consultationHours.isOver(hour)) {
            var over = new Span(getTranslation("start.hours.over"));
            over.addClassName("kb-hour-over");
            item.addComponentAsFirst(over);
            item.addClassName("kb-hour--over");
        } else if (hour.waitingMinutes() != null) {
            var waiting = new Span(getTranslation("start.hours.waiting", "minutes", hour.waitingMinutes()));
            waiting.addClassName("kb-hour-waiting");
            item.add(waiting);
        }
        return item;
    }

    private Component statusHint() {
        var link = Links.inApp("status");
        link.setText(getTranslation("start.status.link"));
        var hint = new Paragraph(new Span(getTranslation("start.status.question")), link);
        hint.addClassName("kb-status-hint");
        return hint;
    }
}
