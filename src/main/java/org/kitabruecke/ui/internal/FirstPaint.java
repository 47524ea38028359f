package org.kitabruecke.ui.internal;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
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
class FirstPaint implements VaadinServiceInitListener {

    static final String COPY_ID = "kb-first-paint";
    private static final String PUBLIC_FRAME = "kb-public";
    /**
     * Swaps the copy for the live page once Vaadin's client has built it. Whatever the parent ticked or typed in the
     * copy meanwhile is carried into the live fields (and sent to the server by their own change events), the focus
     * stays in the same field, and a button pressed in the copy is pressed again in the live page.
     */
    private static final String SWAP_SCRIPT = """
            (() => {
              const copy = document.getElementById('%1$s');
              if (!copy) return;
              let pressed = null;
              copy.addEventListener('click', event => {
                const button = event.target instanceof Element && event.target.closest('button[id]');
                if (button) pressed = button.id;
              }, true);
              new MutationObserver((changes, observer) => {
                const live = [...document.querySelectorAll('.%2$s')].find(frame => !copy.contains(frame));
                if (!live) return;
                observer.disconnect();
                const twin = id => live.querySelector('#' + CSS.escape(id));
                for (const field of copy.querySelectorAll('input[id], textarea[id], select[id]')) {
                  const target = twin(field.id);
                  if (!target) continue;
                  if (field.type === 'checkbox' || field.type === 'radio') {
                    if (target.checked === field.checked) continue;
                    target.checked = field.checked;
                  } else {
                    if (target.value === field.value) continue;
                    target.value = field.value;
                    target.dispatchEvent(new Event('input', {bubbles: true}));
                  }
                  target.dispatchEvent(new Event('change', {bubbles: true}));
                }
                const focused = copy.contains(document.activeElement) ? document.activeElement.id : '';
                copy.remove();
                if (focused) twin(focused)?.focus();
                if (pressed) twin(pressed)?.click();
              }).observe(document.body, {childList: true, subtree: true});
            })();""".formatted(COPY_ID, PUBLIC_FRAME);

    private static final String CLIENT_ON_DEMAND = """
            (() => {
              let started = false;
              const start = () => {
                if (started) return;
                started = true;
                const client = document.createElement('script');
                client.type = 'module';
                client.crossOrigin = '';
                client.src = '%s';
                document.head.appendChild(client);
              };
              const needsClient = event => event.target instanceof Element
                  && event.target.closest('input, select, textarea, button, label, [data-kb-client]');
              for (const type of ['pointerdown', 'keydown', 'focusin']) {
                addEventListener(type, event => { if (needsClient(event)) start(); }, {capture: true, passive: true});
              }
            })();""";

    private final String styles = readStyles();
    private final Translations translations;

    FirstPaint(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::writeFirstPaint);
    }

    private void writeFirstPaint(IndexHtmlResponse response) {
        Document page = response.getDocument();
        page.head().appendElement("style").attr("id", "kb-styles").appendChild(new DataNode(styles));
        response.getUI().ifPresent(ui -> page.head().appendElement("meta").attr("name", "description")
                .attr("content", translations.format(ui.getLocale(), "app.description", Map.of())));
        publicFrame(response.getUI()).ifPresent(frame -> {
            var copy = page.createElement("div").attr("id", COPY_ID);
            copy.appendChild(toHtml(page, frame));
            var outlet = Optional.ofNullable(page.getElementById("outlet")).orElse(page.body());
            outlet.prependChild(copy);
            copy.after(page.createElement("script").appendChild(new DataNode(SWAP_SCRIPT)));
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
            page.body().appendElement("script").appendChild(new DataNode(
                    CLIENT_ON_DEMAND.formatted(source.replace("'", ""))));
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
        if (element.hasProperty("innerHTML") && element.getClassList().contains(Icons.CLASS_NAME)) {
            html.html(element.getProperty("innerHTML", ""));
        }
        element.getChildren().forEach(child -> html.appendChild(toHtml(page, child)));
        return html;
    }

    private static String readStyles() {
        try (InputStream in = FirstPaint.class.getResourceAsStream("/kitabruecke-theme/styles.css")) {
            if (in == null) {
                throw new IllegalStateException("kitabruecke-theme/styles.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
