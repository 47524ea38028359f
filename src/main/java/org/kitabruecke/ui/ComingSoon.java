package org.kitabruecke.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.kitabruecke.i18n.Formats;

/**
 * A page whose address is already printed on flyers but whose feature is not built yet: says so kindly and tells
 * the parent how to reach the team meanwhile. Subclasses only name their title.
 */
public abstract class ComingSoon extends Div implements LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    private final String titleKey;
    private final PortalContacts contacts;

    protected ComingSoon(String titleKey, PortalContacts contacts) {
        this.titleKey = titleKey;
        this.contacts = contacts;
        addClassName("kb-coming-soon");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation(titleKey));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var back = Links.inApp("");
        back.setText(getTranslation("comingSoon.back"));
        add(new H1(getTranslation(titleKey)),
                new Paragraph(getTranslation("comingSoon.text")),
                new Paragraph(getTranslation("comingSoon.meanwhile",
                        "phone", Formats.phoneNumber(contacts.teamPhone()))),
                new Paragraph(back));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }
}
