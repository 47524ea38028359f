package org.kitabruecke.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.NavigationTrigger;

/**
 * What a family takes away after sending — a reference code and PIN, a booking — is where the eyes are when it
 * appears, is announced by a screen reader, and can be printed. The receipt's heading takes the focus: a screen reader
 * reads it out, and the phone shows the receipt from its top.
 */
public final class Receipts {

    private static final String HEADING = "[data-kb-receipt]";

    private Receipts() {
    }

    /**
     * The receipt's heading. Marked {@code autofocus}, so that on a page load the browser alone focuses it, before
     * (and without) Vaadin's client; after moving here from the form, {@link #focus} does it.
     */
    public static H1 heading(String text, String id) {
        var heading = new H1(text);
        heading.setId(id);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().setAttribute("autofocus", true);
        heading.getElement().setAttribute("data-kb-receipt", true);
        return heading;
    }

    /**
     * Focuses the receipt's heading after the family arrived from the form. Runs after everything else this round trip
     * asked the browser to do (the frame focuses its main area on every move), so the receipt keeps the focus.
     */
    public static void focus(Component page, AfterNavigationEvent event) {
        if (event.getLocationChangeEvent().getTrigger() == NavigationTrigger.PAGE_LOAD) {
            return;
        }
        page.getUI().ifPresent(ui -> ui.beforeClientResponse(page, context -> Focus.moveInto(page, HEADING)));
    }

    /**
     * Prints the receipt; the print stylesheet leaves out everything that is not part of it (frame, links, buttons).
     * Works in the browser alone, also on the page as first painted, and needs no round trip.
     */
    public static NativeButton printButton(String text) {
        var print = new NativeButton(text);
        print.getElement().setAttribute("type", "button");
        print.getElement().setAttribute("data-kb-action", "print");
        print.addClassNames("kb-button", "kb-button-secondary", "kb-print-button", "kb-no-print");
        return print;
    }
}
