package org.kitabruecke.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kitabruecke.ui.Icons;

/** The server-rendered copy must never turn what a visitor typed into markup. */
class FirstPaintTest {

    private final Document page = Document.createShell("");

    @Test
    void textAndAttributesAreEscaped() {
        var paragraph = new Element("p");
        paragraph.setAttribute("title", "\"><img src=x onerror=alert(1)>");
        paragraph.appendChild(Element.createText("<script>alert(1)</script>"));

        String html = FirstPaint.toHtml(page, paragraph).outerHtml();

        assertThat(html).doesNotContain("<script>", "<img").contains("&lt;script&gt;", "&quot;&gt;&lt;img");
    }

    @Test
    void innerHtmlIsCopiedOnlyForOurOwnIcons() {
        var foreign = new Element("div");
        foreign.setProperty("innerHTML", "<img src=x onerror=alert(1)>");
        var icon = Icons.icon(Icons.CLOCK).getElement();

        assertThat(FirstPaint.toHtml(page, foreign).outerHtml()).doesNotContain("<img");
        assertThat(FirstPaint.toHtml(page, icon).outerHtml()).contains("<svg", "viewBox=\"0 0 24 24\"");
    }

    @Test
    void whatThePageHidesStaysHiddenInTheCopy() {
        var problem = new Element("p");
        problem.setText("Sorry, every place is taken.");
        problem.setVisible(false);

        String html = FirstPaint.toHtml(page, problem).outerHtml();

        assertThat(html).contains("hidden").doesNotContain("every place is taken");
    }

    @Test
    void whatWasTypedIsInTheCopyOfTheField() {
        var phone = new com.vaadin.flow.component.html.Input();
        phone.setValue("0151 2345 6789");

        String html = FirstPaint.toHtml(page, phone.getElement()).outerHtml();

        assertThat(html).contains("value=\"0151 2345 6789\"");
    }
}
