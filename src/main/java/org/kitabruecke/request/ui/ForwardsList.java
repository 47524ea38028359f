package org.kitabruecke.request.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.kitabruecke.i18n.Language;
import org.kitabruecke.request.ForwardedRequest;
import org.kitabruecke.request.KitaForwarding;

/** The Kita's own forwards: reference code, when, and received / in progress / closed — nothing else. */
class ForwardsList extends Composite<Div> {

    private final KitaForwarding forwarding;
    private final ZoneId zone;

    ForwardsList(KitaForwarding forwarding, ZoneId zone) {
        this.forwarding = forwarding;
        this.zone = zone;
    }

    void show(Locale locale) {
        getContent().removeAll();
        getContent().add(new H2(getTranslation("kita.forwards.title")));
        List<ForwardedRequest> forwards = forwarding.myForwards();
        if (forwards.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("kita.forwards.none")));
            return;
        }
        var table = new NativeTable();
        table.setId("forwards");
        table.addClassName("kb-table");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("kita.forwards.code"));
        head.addHeaderCell().setText(getTranslation("kita.forwards.when"));
        head.addHeaderCell().setText(getTranslation("kita.forwards.state"));
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT,
                Language.gregorian(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        for (ForwardedRequest forward : forwards) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(forward.referenceCode());
            row.addDataCell().setText(format.format(Date.from(forward.forwardedAt())));
            row.addDataCell().setText(getTranslation("kita.forwards.state." + forward.state().name()));
        }
        getContent().add(table);
    }
}
