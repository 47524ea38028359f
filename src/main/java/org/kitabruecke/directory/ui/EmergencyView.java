package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Icons;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.PrerenderedPage;
import org.kitabruecke.ui.PublicLayout;

/**
 * {@code /contacts/emergency}, linked from every page's footer: who to call at once — police, ambulance, the youth
 * office's emergency service — and the national helplines for parents and for women facing violence, each with
 * when it answers, as tap-to-call links.
 */
@Route(value = EmergencyView.PATH, layout = PublicLayout.class)
@AnonymousAllowed
class EmergencyView extends Div implements LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    static final String PATH = "contacts/emergency";

    private final PortalContacts contacts;

    EmergencyView(PortalContacts contacts) {
        this.contacts = contacts;
        addClassNames("kb-help", "kb-emergency");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("emergency.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var title = new H1(Icons.icon(Icons.ALERT));
        title.add(getTranslation("emergency.title"));
        add(title, new Paragraph(getTranslation("emergency.intro")),
                group("emergency.now", line("emergency.police", "110"), line("emergency.ambulance", "112"),
                        line("emergency.youthOffice", contacts.emergencyPhone())),
                group("emergency.helplines", line("emergency.parents", contacts.parentHelpline()),
                        line("emergency.violence", contacts.violenceHelpline())));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Div group(String titleKey, ListItem... lines) {
        var list = new UnorderedList(lines);
        list.addClassName("kb-emergency-list");
        return new Div(new H2(getTranslation(titleKey)), list);
    }

    /** A name, what it is for and when it answers, and the number to tap. */
    private ListItem line(String key, String number) {
        var call = new Anchor("tel:" + number.replace(" ", ""),
                getTranslation("emergency.call", "number", Formats.phoneNumber(number)));
        call.addClassName("kb-urgent-number");
        var hint = new Paragraph(getTranslation(key + ".hint"));
        hint.addClassName("kb-field-hint");
        return new ListItem(new H3(getTranslation(key)), hint, call);
    }
}
