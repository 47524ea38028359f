package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;
import org.kitabruecke.ui.Receipts;

/**
 * The confirmation: reference code and PIN, large and easy to read aloud, and what happens next, in the parent's
 * language. Kept for the browser session, so a reload or a language switch shows it again. Arriving from the form,
 * the focus is on the receipt, and it can be printed.
 */
@Route(value = SentView.PATH, layout = PublicLayout.class)
@AnonymousAllowed
class SentView extends Div
        implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle,
        PrerenderedPage {

    static final String PATH = "help/sent";

    private final HelpDraft draft;
    private final EmergencyNumbers emergency;

    SentView(HelpDraft draft, PortalContacts contacts) {
        this.draft = draft;
        this.emergency = new EmergencyNumbers(contacts);
        addClassNames("kb-help", "kb-sent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (draft.receipt().isEmpty()) {
            event.forwardTo(HelpStep.TOPICS.path());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Receipts.focus(this, event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("help.sent.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        draft.receipt().ifPresent(receipt -> draft.sentSummary()
                .ifPresent(summary -> render(receipt, summary, event.getLocale())));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void render(Receipt receipt, HelpDraft.SentSummary sent, Locale locale) {
        var panel = new Div(Receipts.heading(getTranslation("help.sent.title"), "help-sent-title"),
                code("help.sent.code", receipt.code().value(), "help-sent-code"),
                code("help.sent.pin", receipt.pin().digits(), "help-sent-pin"),
                new Paragraph(getTranslation("help.sent.keep")),
                Receipts.printButton(getTranslation("help.sent.print")));
        panel.addClassName("kb-sent-panel");
        add(panel);
        if (sent.urgency() == Urgency.URGENT) {
            emergency.translate();
            add(emergency);
        }
        var next = new UnorderedList(
                new ListItem(getTranslation("help.sent.next.when", "urgency", sent.urgency().name())),
                new ListItem(getTranslation("help.sent.next.how",
                        "channel", sent.phone() != null && sent.email() != null ? "both"
                                : sent.phone() != null ? "phone" : "email",
                        "phone", sent.phone() == null ? "" : Formats.phoneNumber(sent.phone()),
                        "email", sent.email() == null ? "" : sent.email())),
                new ListItem(getTranslation("help.sent.next.language",
                        "language", LanguageNames.inLanguageOf(sent.contactLanguage(), locale))));
        if (sent.interpreter()) {
            next.add(new ListItem(getTranslation("help.sent.next.interpreter")));
        }
        next.add(new ListItem(getTranslation("help.sent.next.advice")),
                new ListItem(getTranslation("help.sent.mail", "mail", sent.mailSent() ? "yes" : "no",
                        "email", sent.email() == null ? "" : sent.email())));
        next.addClassName("kb-next-steps");
        var status = Links.inApp("status");
        status.setText(getTranslation("help.sent.status"));
        status.addClassName("kb-button-link");
        var home = Links.inApp("");
        home.setText(getTranslation("help.sent.home"));
        var links = new Div(status, home);
        links.addClassName("kb-sent-links");
        add(new H2(getTranslation("help.sent.next.title")), next, links);
    }

    private Div code(String labelKey, String value, String id) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("kb-code-label");
        var shown = new Span(value);
        shown.setId(id);
        shown.addClassName("kb-code");
        shown.getElement().setAttribute("dir", "ltr");
        var block = new Div(label, shown);
        block.addClassName("kb-code-block");
        return block;
    }
}
