package org.kitabruecke.request.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.ui.Icons;
import org.kitabruecke.ui.PortalContacts;

/** "Are you or your child in danger? Call now": 110, 112 and the youth office's emergency service as tap-to-call. */
class EmergencyNumbers extends Composite<Div> {

    private final PortalContacts contacts;

    EmergencyNumbers(PortalContacts contacts) {
        this.contacts = contacts;
        getContent().addClassName("kb-urgent");
        getContent().setId("help-urgent");
        getContent().getElement().setAttribute("role", "alert");
    }

    /** Writes the box in the current language; call on every language change. */
    void translate() {
        var title = new H2(Icons.icon(Icons.ALERT));
        title.add(getTranslation("help.urgent.title"));
        var numbers = new UnorderedList(
                number("help.urgent.police", "110"),
                number("help.urgent.ambulance", "112"),
                number("help.urgent.youthOffice", contacts.emergencyPhone()));
        getContent().removeAll();
        getContent().add(title, new Paragraph(getTranslation("help.urgent.text")), numbers,
                new Paragraph(getTranslation("help.urgent.goOn")));
    }

    private ListItem number(String key, String number) {
        var call = new Anchor("tel:" + number.replace(" ", ""),
                getTranslation(key, "number", Formats.phoneNumber(number)));
        call.addClassName("kb-urgent-number");
        return new ListItem(call);
    }
}
