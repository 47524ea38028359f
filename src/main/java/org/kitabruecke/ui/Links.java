package org.kitabruecke.ui;

import com.vaadin.flow.component.UI;
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

    /**
     * A link the browser follows by loading the page: for the steps of a parent's flow, so that each step is a page of
     * its own in the browser's history, whatever the state of Vaadin's client when it was followed.
     */
    public static Anchor pageLoad(String path) {
        return new Anchor(path, "");
    }

    /**
     * Goes to the page at this address by loading it, as a link would: a new entry in the browser's history, the
     * address bar right at once, and a reload, back or forward shows exactly that page again. The parents' flows move
     * on this way instead of navigating inside the running client, which could leave the address of an earlier step
     * in the address bar when the client was still starting.
     */
    public static void load(UI ui, String path) {
        ui.getPage().executeJs("window.location.assign(new URL($0, document.baseURI).href)", path);
    }

    /**
     * Like {@link #load}, but the page takes the place of the current one in the browser's history: for the page that
     * shows what a family just sent (code, PIN, booking), reached from the page that sent it. Back then skips the
     * "check your answers" page, which would otherwise be one more entry full of the family's answers.
     */
    public static void replace(UI ui, String path) {
        ui.getPage().executeJs("window.location.replace(new URL($0, document.baseURI).href)", path);
    }
}
