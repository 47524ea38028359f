package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.FamilyBookings;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.inbox.FamilyRights;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /staff/family}: a family asks what is stored about them, or asks to be forgotten (decision 0016). A social
 * worker finds everything of theirs by reference code, booking code, e-mail address or phone number — help requests,
 * bookings, waiting-list entries — sees it as one page that prints for the family (print CSS leaves out the search
 * and the buttons), downloads it as one JSON file, or erases all of it. Every step is audited.
 */
@Route(value = "staff/family", layout = StaffLayout.class)
@RouteAlias(value = "admin/request", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class DataSubjectView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final FamilyRights rights;
    private final Directory directory;
    /** What the family takes away names no staff or Kita account (decision 0016). */
    private static final Function<String, @Nullable String> NO_ACCOUNTS = account -> null;
    private final Formats formats;
    private final ZoneId zone;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextField term = new TextField();
    private final Button find = new Button();
    private final Paragraph message = new Paragraph();
    private final Div found = new Div();
    private FamilyRights.@Nullable Found shown;

    DataSubjectView(FamilyRights rights, Directory directory, Formats formats, Clock clock) {
        this.rights = rights;
        this.directory = directory;
        this.formats = formats;
        this.zone = clock.getZone();
        addClassName("kb-family");
        term.setId("dsr-code");
        term.setMaxLength(254);
        find.setId("dsr-find");
        find.addClickListener(click -> find());
        message.setId("dsr-message");
        message.getElement().setAttribute("role", "status");
        var search = new Div(intro, StaffControls.row(term, find));
        search.addClassName("kb-no-print");
        found.setId("dsr-found");
        add(title, search, message, found);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("dsr.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dsr.title"));
        intro.setText(getTranslation("family.intro"));
        term.setLabel(getTranslation("family.term"));
        find.setText(getTranslation("dsr.find"));
        if (shown != null) {
            show(shown);
        }
    }

    private void find() {
        FamilyRights.Found family = rights.find(term.getValue());
        message.setText(family.isEmpty() ? getTranslation("family.notFound") : "");
        shown = family.isEmpty() ? null : family;
        found.removeAll();
        if (shown != null) {
            show(shown);
        }
    }

    private void show(FamilyRights.Found family) {
        found.removeAll();
        Locale locale = getLocale();
        var json = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = rights.json(family).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "family-data.json", "application/json",
                    bytes.length);
        }), getTranslation("dsr.export"));
        json.setId("dsr-export");
        var print = new Button(getTranslation("dsr.print"), click -> {
            rights.printed(family);
            getElement().executeJs("window.print()");
        });
        print.setId("dsr-print");
        var erase = new Button(getTranslation("dsr.erase"), click -> confirmErase(family));
        erase.setId("dsr-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = StaffControls.row(json, print, erase);
        actions.addClassName("kb-no-print");
        found.add(actions);
        for (CaseDetails request : family.requests()) {
            found.add(new H2(getTranslation("inbox.request.title", "code", request.referenceCode())));
            var facts = new CaseFacts(directory, NO_ACCOUNTS);
            found.add(facts);
            facts.show(request, locale);
            found.add(notesAndHistory(request, locale));
        }
        if (!family.bookings().bookings().isEmpty()) {
            var list = new UnorderedList();
            list.setId("dsr-bookings");
            family.bookings().bookings().forEach(booking -> list.add(new ListItem(booking(booking, locale))));
            found.add(new H2(getTranslation("family.bookings")), list);
        }
        if (!family.bookings().waiting().isEmpty()) {
            var list = new UnorderedList();
            list.setId("dsr-waitlist");
            family.bookings().waiting().forEach(entry -> list.add(new ListItem(getTranslation("family.waiting",
                    "day", formats.day(entry.wantedOn(), locale), "place", entry.location(),
                    "email", entry.email(), "status", entry.status()))));
            found.add(new H2(getTranslation("family.waitlist")), list);
        }
    }

    /** The notes about the family and what happened, without who of the staff wrote or did it (decision 0016). */
    private Div notesAndHistory(CaseDetails request, Locale locale) {
        var notes = new UnorderedList();
        request.notes().forEach(note -> notes.add(new ListItem(
                when(note.writtenAt(), locale) + ": " + note.text())));
        var history = new UnorderedList();
        request.activity().forEach(event -> history.add(new ListItem(getTranslation("inbox.activity",
                "when", when(event.at(), locale), "who", "none",
                "what", getTranslation("inbox.activity." + event.action(), "detail",
                        CaseHistory.detail(this, event, request, directory, NO_ACCOUNTS))))));
        var section = new Div();
        if (!request.notes().isEmpty()) {
            section.add(new H3(getTranslation("inbox.section.notes")), notes);
        }
        section.add(new H3(getTranslation("inbox.section.history")), history);
        return section;
    }

    private String when(Instant at, Locale locale) {
        return formats.dayAndTime(LocalDateTime.ofInstant(at, zone), locale);
    }

    private String booking(FamilyBookings.Booked booking, Locale locale) {
        String contact = String.join(", ", java.util.stream.Stream.of(
                booking.phone() == null ? null : Formats.phoneNumber(booking.phone().forDialling()),
                booking.email() == null ? null : booking.email().value()).filter(java.util.Objects::nonNull).toList());
        return getTranslation("family.booking", "code", booking.code().value(),
                "when", formats.dayAndTime(booking.startsAt(), locale), "place", booking.location(),
                "status", getTranslation("staff.bookings.status." + booking.status().name()),
                "contact", contact, "language", LanguageNames.inLanguageOf(booking.contactLanguage().code(), locale),
                "topic", booking.topic() == null ? "none" : booking.topic());
    }

    private void confirmErase(FamilyRights.Found family) {
        StaffControls.confirm(this, getTranslation("dsr.erase"), getTranslation("family.eraseQuestion"),
                "dsr-erase-confirm", () -> {
                    rights.eraseAll(family);
                    shown = null;
                    found.removeAll();
                    message.setText(getTranslation("family.erased"));
                });
    }
}
