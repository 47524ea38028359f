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
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.KitaContact;
import org.kitabruecke.directory.KitaEntry;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.RenderedPage;

/**
 * {@code /contacts/kita/<id>}: a Kita's page — address with a link that opens the phone's own map app (no map tiles
 * from elsewhere), the social workers responsible with tap-to-call, office e-mail, when they are at the Kita and
 * which languages they speak, and the ways on: request help (this Kita chosen) or book the open consultation hour.
 */
@Route(value = KitaPageView.PATH + "/:id", layout = PublicLayout.class)
@AnonymousAllowed
class KitaPageView extends RenderedPage implements BeforeEnterObserver {

    static final String PATH = "contacts/kita";

    private final Directory directory;
    private final Formats formats;
    private final PortalContacts contacts;
    private final Clock clock;
    private @Nullable KitaEntry kita;

    KitaPageView(Directory directory, Formats formats, PortalContacts contacts, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.formats = formats;
        this.contacts = contacts;
        addClassNames("kb-help", "kb-kita");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kita = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,9}"))
                .flatMap(id -> directory.kita(Long.parseLong(id))).orElse(null);
        if (kita == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String titleText() {
        return kita == null ? "" : kita.name();
    }

    @Override
    protected void render(Locale locale) {
        removeAll();
        if (kita == null) {
            return;
        }
        String address = kita.address().oneLine();
        add(new H1(kita.name()), new Paragraph(address + " – " + kita.districtName()),
                Places.mapLinks(address, key -> getTranslation(key)),
                new H2(getTranslation("contacts.kita.team")));
        List<KitaContact> team = directory.contactsOf(kita.id());
        if (team.isEmpty()) {
            // nobody assigned yet (e.g. just imported): the team answers meanwhile, one tap away
            var none = new Paragraph(getTranslation("contacts.kita.none", "phone",
                    Formats.phoneNumber(contacts.teamPhone())));
            none.setId("kita-nobody");
            var call = new Anchor("tel:" + contacts.teamPhone().replace(" ", ""), getTranslation("contacts.kita.phone",
                    "number", Formats.phoneNumber(contacts.teamPhone())));
            call.setId("kita-team-phone");
            call.addClassName("kb-tel");
            add(none, new Div(call));
        }
        var people = new UnorderedList();
        people.addClassName("kb-people");
        for (KitaContact person : team) {
            LocalDate day = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(person.presenceDay()));
            var phone = new Anchor("tel:" + person.officePhone().replace(" ", ""),
                    getTranslation("contacts.kita.phone", "number", Formats.phoneNumber(person.officePhone())));
            phone.addClassName("kb-tel");
            var mail = new Anchor("mailto:" + person.officeEmail(), person.officeEmail());
            mail.getElement().setAttribute("dir", "ltr");
            people.add(new ListItem(new H2(person.name()),
                    new Paragraph(getTranslation("contacts.kita.presence", "day", Places.weekday(person.presenceDay(), locale),
                            "time", formats.timeRange(day, person.presenceFrom(), person.presenceUntil(), locale))),
                    new Paragraph(getTranslation("contacts.kita.languages", "languages",
                            Places.languages(person.languages(), locale))),
                    new Div(phone), new Div(mail)));
        }
        add(people);
        var help = Links.inApp("help?kita=" + kita.id());
        help.setText(getTranslation("contacts.kita.help"));
        help.setId("kita-help");
        help.addClassName("kb-button-link");
        var book = Links.inApp("book");
        book.setText(getTranslation("contacts.kita.book"));
        var nearby = Links.inApp(ServicesView.forDistrict(kita.districtId()));
        nearby.setText(getTranslation("contacts.kita.nearby", "district", kita.districtName()));
        nearby.setId("kita-nearby");
        var ways = new Div(help, book, nearby);
        ways.addClassName("kb-sent-links");
        add(ways);
    }
}
