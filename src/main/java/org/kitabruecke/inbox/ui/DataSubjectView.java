package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.DataSubjectRequests;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /admin/request}: a family asks what is stored about them, or asks to be forgotten. The admin finds the
 * request by its reference code, sees everything as a readable (printable) page, downloads it as JSON, or erases
 * the personal data now. Opening, export and erasure are audited.
 */
@Route(value = "admin/request", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class DataSubjectView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final DataSubjectRequests rights;
    private final Casework casework;
    private final CaseFacts facts;
    private final CaseHistory history;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextField code = new TextField();
    private final Button find = new Button();
    private final Paragraph message = new Paragraph();
    private final Div found = new Div();

    DataSubjectView(DataSubjectRequests rights, Casework casework, Directory directory, BookingDesk bookings,
                    Waiting waiting, Formats formats) {
        this.rights = rights;
        this.casework = casework;
        this.facts = new CaseFacts(directory);
        this.history = new CaseHistory(bookings, waiting, formats, directory);
        code.setId("dsr-code");
        find.setId("dsr-find");
        find.addClickListener(click -> find());
        message.setId("dsr-message");
        message.getElement().setAttribute("role", "status");
        add(title, intro, new Div(code, find), message, found);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("dsr.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dsr.title"));
        intro.setText(getTranslation("dsr.intro"));
        code.setLabel(getTranslation("dsr.code"));
        find.setText(getTranslation("dsr.find"));
    }

    private void find() {
        found.removeAll();
        Optional<Long> id = rights.find(code.getValue());
        if (id.isEmpty()) {
            message.setText(getTranslation("dsr.notFound"));
            return;
        }
        message.setText("");
        show(casework.details(id.get()));
    }

    private void show(CaseDetails details) {
        facts.show(details, getLocale());
        history.show(details, getLocale());
        var json = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = rights.export(details.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), details.referenceCode() + ".json",
                    "application/json", bytes.length);
        }), getTranslation("dsr.export"));
        json.setId("dsr-export");
        var print = new Button(getTranslation("dsr.print"), click -> getElement().executeJs("window.print()"));
        var erase = new Button(getTranslation("dsr.erase"), click -> confirmErase(details));
        erase.setId("dsr-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new Div(json, print, erase);
        actions.addClassNames("kb-staff-controls", "kb-no-print");
        found.add(new H2(getTranslation("inbox.request.title", "code", details.referenceCode())), actions, facts,
                new H2(getTranslation("inbox.section.notes")), history.notes(),
                new H2(getTranslation("inbox.section.history")), history);
    }

    private void confirmErase(CaseDetails details) {
        StaffControls.confirm(this, getTranslation("dsr.erase"),
                getTranslation("dsr.eraseQuestion", "code", details.referenceCode()), "dsr-erase-confirm", () -> {
                    rights.erase(details.id());
                    message.setText(getTranslation("dsr.erased", "code", details.referenceCode()));
                    found.removeAll();
                    show(casework.details(details.id()));
                });
    }
}
