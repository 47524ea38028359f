package org.kitabruecke.ui;

import com.vaadin.flow.component.html.Anchor;

/** Links between pages by their stable addresses (printed on flyers), without importing other modules' views. */
public final class Links {

    private Links() {
    }

    /** A link the browser follows without reloading the page; still a real link for screen readers and new tabs. */
    public static Anchor inApp(String path) {
        var link = new Anchor(path, "");
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
