package org.kitabruecke.ui;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Moves the keyboard focus, and with it a screen reader, to what a tap changed: a question that appeared, the answer
 * to it, a receipt. The script ({@code focus.js}) also keeps the focus there when Vaadin's client, started by the
 * first tap on a page sent as HTML, moves the whole page into its place right after.
 */
public final class Focus {

    private static final String SCRIPT = readScript();

    private Focus() {
    }

    /** Focuses the component, once it is in the page; a heading or paragraph needs {@code tabindex="-1"}. */
    public static <C extends Component> C moveTo(C target) {
        target.getElement().executeJs(SCRIPT, "");
        return target;
    }

    /** Focuses the first element inside {@code container} that matches the CSS selector. */
    public static void moveInto(Component container, String selector) {
        container.getElement().executeJs(SCRIPT, selector);
    }

    private static String readScript() {
        try (InputStream in = Focus.class.getResourceAsStream("focus.js")) {
            return new String(Objects.requireNonNull(in, "focus.js is missing").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
