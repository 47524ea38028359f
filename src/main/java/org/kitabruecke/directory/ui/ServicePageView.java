package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.OpeningHours;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.RenderedPage;

/**
 * {@code /contacts/service/<id>}: one partner service — what it does (in the reader's language, or marked German),
 * address with map links, phone and e-mail to tap, opening hours by weekday, languages spoken, the topics it helps
 * with, and the way to the team if the parent would rather be helped by us first.
 */
@Route(value = ServicePageView.PATH + "/:id", layout = PublicLayout.class)
@AnonymousAllowed
class ServicePageView extends RenderedPage implements BeforeEnterObserver {

    static final String PATH = "contacts/service";

    private final Directory directory;
    private final Formats formats;
    private final Clock clock;
    private @Nullable PartnerService service;

    ServicePageView(Directory directory, Formats formats, Clock clock) {
        this.directory = directory;
        this.formats = formats;
        this.clock = clock;
        addClassNames("kb-help", "kb-service");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        service = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,9}"))
                .flatMap(id -> directory.service(Long.parseLong(id))).orElse(null);
        if (service == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String titleText() {
        return service == null ? "" : service.name();
    }

    @Override
    protected void render(Locale locale) {
        removeAll();
        if (service == null) {
            return;
        }
        var name = new H1(service.name());
        name.getElement().setAttribute("lang", "de");
        var kind = new Paragraph(Places.where(this, service));
        kind.addClassName("kb-lead");
        add(name, kind);
        service.description(locale).ifPresent(description -> {
            var text = new Paragraph(description.text());
            text.getElement().setAttribute("lang", description.language());
            add(text);
            if (!description.language().equals(locale.getLanguage())) {
                var note = new Paragraph(getTranslation("services.onlyGerman"));
                note.addClassName("kb-field-hint");
                add(note);
            }
        });
        String address = service.address().oneLine();
        var call = new Anchor("tel:" + service.phone().replace(" ", ""),
                getTranslation("contacts.kita.phone", "number", Formats.phoneNumber(service.phone())));
        call.addClassName("kb-tel");
        call.setId("service-phone");
        add(new H2(getTranslation("services.reach")), new Paragraph(address),
                Places.mapLinks(address, key -> getTranslation(key)), new Div(call));
        if (service.email() != null) {
            var mail = new Anchor("mailto:" + service.email(), service.email());
            mail.getElement().setAttribute("dir", "ltr");
            add(new Div(mail));
        }
        add(new Paragraph(getTranslation("contacts.kita.languages", "languages",
                Places.languages(service.languages(), locale))));
        if (!service.hours().isEmpty()) {
            add(new H2(getTranslation("services.hours")), hours(service.hours(), locale));
        }
        add(new H2(getTranslation("services.topics")), new Paragraph(service.topics().stream().sorted()
                .map(topic -> getTranslation("help.topic." + topic.name())).collect(Collectors.joining(" · "))));
        var help = Links.inApp("help");
        help.setText(getTranslation("services.askUs"));
        help.addClassName("kb-button-link");
        var all = Links.inApp(ServicesView.PATH);
        all.setText(getTranslation("services.all"));
        var ways = new Div(help, all);
        ways.addClassName("kb-sent-links");
        add(ways);
    }

    /** One line per weekday, from the reader's first day of the week: "Montag: 09:00–12:00, 14:00–16:00". */
    private UnorderedList hours(List<OpeningHours> hours, Locale locale) {
        var list = new UnorderedList();
        list.setId("service-hours");
        LocalDate first = formats.weekStart(LocalDate.now(clock), locale);
        for (int offset = 0; offset < 7; offset++) {
            LocalDate date = first.plusDays(offset);
            DayOfWeek day = date.getDayOfWeek();
            List<OpeningHours> open = hours.stream().filter(h -> h.day() == day).toList();
            if (open.isEmpty()) {
                continue;
            }
            list.add(new ListItem(getTranslation("services.hours.day", "day", Places.weekday(day, locale),
                    "times", open.stream().map(h -> formats.timeRange(date, h.opens(), h.closes(), locale))
                            .collect(Collectors.joining(", ")))));
        }
        return list;
    }
}
