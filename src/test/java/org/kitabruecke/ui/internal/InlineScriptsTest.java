package org.kitabruecke.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a family typed can never end the first response's inline scripts and be read as HTML. */
class InlineScriptsTest {

    @Test
    void typedTextCannotCloseTheScriptThatCarriesIt() {
        Document page = Document.createShell("");
        page.body().appendElement("script").appendChild(new DataNode(
                "window.state={\"value\":\"XX</script><img src=x onerror=alert(1)><!--<script>YY\"};"));

        InlineScripts.escape(page);
        Document readBack = Jsoup.parse(page.outerHtml());

        assertThat(readBack.select("img")).as("no element made of typed text").isEmpty();
        assertThat(readBack.select("script").first().data())
                .contains("XX<\\/script><img src=x onerror=alert(1)><\\u0021--<script>YY");
    }
}
