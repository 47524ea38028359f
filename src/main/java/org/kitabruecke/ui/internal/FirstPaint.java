package org.kitabruecke.ui.internal;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.ui.Icons;
import org.kitabruecke.ui.PrerenderedPage;
import org.springframework.stereotype.Component;

/**
 * Makes a parent's phone show the page before Vaadin's client has loaded: our stylesheet is written into the
 * first HTML response, and so is a copy of the parent page as HTML. The copy is readable and its links work at
 * once; when Vaadin's client has built the live page, a few lines of script swap the copy out in the same frame.
 * Should the client never start (old phone, broken connection), the copy stays and the page still helps.
 *
 * <p>On a {@link PrerenderedPage} the client is not loaded at all until the parent touches a field or a button:
 * the start page then costs a phone one compressed HTML response of about 10 KB instead of about 100 KB.
 */
@Component
class FirstPaint {

    static final String COPY_ID = "kb-first-paint";
    private static final String PUBLIC_FRAME = "kb-public";
    private static final String COPY_PREFIX = "kb-copy-";
    private static final String SWAP_SCRIPT = script("first-paint-swap.js");
    private static final String CLIENT_ON_DEMAND = script("client-on-demand.js");
    private static final String PAGE_HISTORY = script("page-history.js");
    private static final String READ_ALOUD = script("read-aloud.js");
    private static final String PAGE_ACTIONS = script("page-actions.js");

    private final String styles = readStyles();
    private final Translations translations;

    FirstPaint(Translations translations) {
        this.translations = translations;
    }

    /** Called by {@link InlineScripts}, which signs the scripts written here. */
    void write(IndexHtmlResponse response) {
        Document page = response.getDocument();
        page.head().appendElement("style").attr("id", "kb-styles").appendChild(new DataNode(styles));
        // quick exit, skip link and print work by this script, on every page: inline handlers (onclick) are blocked
        page.head().appendElement("script").appendChild(new DataNode(PAGE_ACTIONS));
        response.getUI().ifPresent(ui -> page.head().appendElement("meta").attr("name", "description")
                .attr("content", translations.format(ui.getLocale(), "app.description", Map.of())));
        publicFrame(response.getUI()).ifPresent(frame -> {
            var copy = page.createElement("div").attr("id", COPY_ID);
            copy.appendChild(toHtml(page, frame));
            // the copy's fields are twins of the live ones by id, never one radio group with them
            copy.select("input[name], textarea[name], select[name]")
                    .forEach(field -> field.attr("name", COPY_PREFIX + field.attr("name")));
            var outlet = Optional.ofNullable(page.getElementById("outlet")).orElse(page.body());
            outlet.prependChild(copy);
            copy.after(page.createElement("script").appendChild(new DataNode(SWAP_SCRIPT)));
            var history = page.head().appendElement("script").appendChild(new DataNode(PAGE_HISTORY));
            page.head().appendElement("script").appendChild(new DataNode(READ_ALOUD));
            response.getUI().map(ui -> ui.getInternals().getActiveViewLocation().getPathWithQueryParameters())
                    .ifPresent(shown -> history.attr("data-location", shown));
            response.getUI().map(ui -> ui.getInternals().getTitle()).filter(title -> !title.isBlank())
                    .ifPresent(page::title);
            if (response.getUI().map(FirstPaint::isPrerenderedPage).orElse(false)) {
                startClientOnDemand(page);
            } else {
                // a form is shown but cannot be typed into until it is live: nothing typed gets lost in the swap
                copy.select("main").attr("inert", "");
            }
        });
    }

    private static boolean isPrerenderedPage(UI ui) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.getFirst() instanceof PrerenderedPage;
    }

    /** Replaces the client's module script by a loader that starts it when a field or button is used. */
    private static void startClientOnDemand(Document page) {
        for (var script : page.select("script[type=module][src*=VAADIN/build/indexhtml]")) {
            String source = script.attr("src");
            script.remove();
            page.body().appendElement("script").attr("data-src", source)
                    .appendChild(new DataNode(CLIENT_ON_DEMAND));
        }
    }

    /** The outermost layout of the page the visitor arrived at, if it is the parents' frame. */
    private static Optional<Element> publicFrame(Optional<UI> ui) {
        return ui.flatMap(u -> u.getInternals().getActiveRouterTargetsChain().stream()
                .map(HasElement::getElement)
                .filter(element -> element.getClassList().contains(PUBLIC_FRAME))
                .findFirst());
    }

    /**
     * The element tree as static HTML: tags, attributes and text (escaped by jsoup), and raw inner HTML only for our
     * own icons, never for anything else, since another component's inner HTML could carry what a visitor typed.
     */
    static Node toHtml(Document page, Element element) {
        if (element.isTextNode()) {
            return new TextNode(element.getText());
        }
        var html = page.createElement(element.getTag());
        element.getAttributeNames().forEach(name -> html.attr(name, element.getAttribute(name)));
        if ("input".equals(element.getTag()) && element.hasProperty("value")
                && !html.attr("type").matches("checkbox|radio")) {
            // what was typed is a property, not an attribute: without this the copy showed the field empty, and the
            // swap carried the empty field over what the server held
            html.attr("value", element.getProperty("value", ""));
        }
        if (!element.isVisible()) {
            // Vaadin keeps "invisible" apart from the attributes: without this the copy showed what the page hides
            return html.attr("hidden", "");
        }
        if (element.hasProperty("innerHTML") && element.getClassList().contains(Icons.CLASS_NAME)) {
            html.html(element.getProperty("innerHTML", ""));
        }
        element.getChildren().forEach(child -> html.appendChild(toHtml(page, child)));
        return html;
    }

    /** One of our scripts beside this class, without its comments: they are for us, not for a parent's phone. */
    private static String script(String name) {
        return read(FirstPaint.class, name).lines().filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"));
    }

    private static String readStyles() {
        return read(FirstPaint.class, "/kitabruecke-theme/styles.css");
    }

    private static String read(Class<?> base, String name) {
        try (InputStream in = base.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
