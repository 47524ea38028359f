package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The recovery codes, shown this once (only their hashes are kept). */
class RecoveryCodeList extends Div {

    RecoveryCodeList(List<String> codes) {
        var list = new OrderedList();
        list.setId("recovery-codes");
        list.getStyle().set("font-family", "monospace").set("font-size", "1.1em").set("direction", "ltr");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(new Paragraph(getTranslation("staff.secondFactor.recovery.intro")), list);
    }
}
