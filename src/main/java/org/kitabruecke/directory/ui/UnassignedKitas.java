package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import org.kitabruecke.directory.KitaDetails;

/**
 * The Kitas nobody is responsible for yet (after an import, say), each with a way to assign someone; parents see the
 * team's number on their page meanwhile. Shows nothing when every Kita has someone.
 */
final class UnassignedKitas extends Div {

    UnassignedKitas(String id) {
        setId(id);
        addClassName("kb-unassigned");
    }

    /** @param assign a link or button per Kita that leads to where someone is assigned to it */
    void show(List<KitaDetails> kitas, Function<KitaDetails, Component> assign) {
        removeAll();
        setVisible(!kitas.isEmpty());
        if (kitas.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("kb-link-list");
        kitas.forEach(kita -> list.add(new ListItem(assign.apply(kita))));
        add(new Paragraph(getTranslation("admin.kitas.unassigned", "count", kitas.size())), list);
    }
}
