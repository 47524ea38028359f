package org.kitabruecke.ui.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps what people typed inside the inline scripts of the first HTML response. With {@code eagerServerLoad} Vaadin
 * writes the page's first state into the page as a script, and a family's message, a Kita's note or a name containing
 * {@code </script>} ended that script early: the rest was read as HTML (on a social worker's screen too, when a request
 * is opened directly). Inside the JSON and JavaScript strings of those scripts {@code <\/} means the same as
 * {@code </}, so escaping it changes no value and no script can be closed from inside.
 */
@Component
class InlineScripts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(InlineScripts::escape);
    }

    private static void escape(IndexHtmlResponse response) {
        escape(response.getDocument());
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
}
