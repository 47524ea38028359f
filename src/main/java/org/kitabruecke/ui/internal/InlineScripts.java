package org.kitabruecke.ui.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The inline scripts of the first HTML response: Vaadin's, and the first paint's ({@link FirstPaint}), written first.
 * Then every script carries this response's nonce from the Content-Security-Policy ({@link SecurityHeaders}); one
 * listener in this order, since Vaadin calls separate listeners in no order we could rely on, and a script added
 * after the nonces would not run.
 *
 * <p>Keeps what people typed inside those scripts. With {@code eagerServerLoad} Vaadin writes the page's first state
 * into the page as a script, and a family's message, a Kita's note or a name containing {@code </script>} ended that
 * script early: the rest was read as HTML (on a social worker's screen too, when a request is opened directly). Inside
 * the JSON and JavaScript strings of those scripts {@code <\/} means the same as {@code </}, so escaping it changes
 * no value and no script can be closed from inside.
 */
@Component
class InlineScripts implements VaadinServiceInitListener {

    private final FirstPaint firstPaint;

    InlineScripts(FirstPaint firstPaint) {
        this.firstPaint = firstPaint;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse response) {
        firstPaint.write(response);
        escape(response.getDocument());
        Optional.ofNullable(response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE))
                .ifPresent(nonce -> sign(response.getDocument(), String.valueOf(nonce)));
    }

    static void escape(Document page) {
        for (var script : page.select("script:not([src])")) {
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                if (text.contains("</") || text.contains("<!--")) {
                    data.setWholeData(text.replace("</", "<\\/").replace("<!--", "<\\u0021--"));
                }
            }
        }
    }

    /** Lets the scripts the server wrote run, and nothing else written into the page. */
    static void sign(Document page, String nonce) {
        page.select("script").attr("nonce", nonce);
    }
}
