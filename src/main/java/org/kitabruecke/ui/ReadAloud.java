package org.kitabruecke.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * "Read aloud" for parents who read little: the phone's own voices read the page in its language, the sentence being
 * read highlighted. Plain HTML whose behaviour lives in the first paint's {@code read-aloud.js}, so it works before
 * Vaadin's client has loaded and costs the server nothing; shown only where the phone has a voice for the language.
 */
class ReadAloud extends NativeButton {

    private final Span label = new Span();

    ReadAloud() {
        addClassName("kb-read-aloud");
        setId("read-aloud");
        getElement().setAttribute("type", "button");
        getElement().setAttribute("data-read-aloud", "");
        getElement().setAttribute("aria-pressed", "false");
        label.addClassName("kb-read-label");
        add(Icons.icon(Icons.SPEAKER), label);
    }

    void translate(String start, String stop) {
        label.setText(start);
        getElement().setAttribute("data-start-label", start);
        getElement().setAttribute("data-stop-label", stop);
        getElement().setAttribute("title", start);
    }
}
