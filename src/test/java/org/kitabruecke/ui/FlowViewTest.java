package org.kitabruecke.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.Objects;
import org.kitabruecke.request.Puzzles;

/** Browserless view tests of a question flow: the page's heading, its button, its fields and its messages. */
public abstract class FlowViewTest extends SpringBrowserlessTest {

    private final String idPrefix;

    /** @param idPrefix the flow's id prefix, e.g. {@code help} for {@code help-next} */
    protected FlowViewTest(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** Presses the button that goes on, and follows the page load it asks the browser for. */
    protected void next() {
        test($view(NativeButton.class).id(idPrefix + "-next")).click();
        followPageLoad();
    }

    /**
     * Does what the browser does after {@link Links#load} or {@link Links#replace}: loads the page at the address the server asked for. Without
     * a browser, the view tests see it as a navigation to that address.
     */
    protected void followPageLoad() {
        var ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().matches("(?s).*location\\.(assign|replace).*"))
                .reduce((first, later) -> later)
                .map(js -> String.valueOf(js.getInvocation().getParameters().getFirst()))
                .ifPresent(ui::navigate);
    }

    /** Does what the browser does while the parent reads: solves the page's bot-check puzzle, hands in the number. */
    protected void solveBotCheck() {
        ProofOfWork.Puzzle puzzle = Objects.requireNonNull($view(ProofOfWork.class).single().puzzle());
        answerBotCheck(Puzzles.solve(puzzle.salt(), puzzle.hash(), puzzle.maxNumber()));
    }

    /** Hands in a number for the page's bot check as its browser would: right or wrong, a script may send anything. */
    protected void answerBotCheck(long number) {
        ProofOfWork browser = $view(ProofOfWork.class).single();
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail.salt", Objects.requireNonNull(browser.puzzle()).salt());
        data.put("event.detail.number", number);
        browser.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(browser.getElement(), ProofOfWork.SOLVED_EVENT, data));
        followPageLoad();
    }

    protected void type(String id, String text) {
        test($view(Input.class).id(id)).setValue(text);
    }

    protected String typed(String id) {
        return $view(Input.class).id(id).getValue();
    }

    @SuppressWarnings("unchecked")
    protected <T> ChoiceGroup<T> choices(String id) {
        return $view(ChoiceGroup.class).id(id);
    }

    protected String heading() {
        return $view(H1.class).single().getText();
    }

    /** The messages shown at fields, in page order. */
    protected List<String> errors() {
        return find(Paragraph.class).withClassName("kb-field-error").all().stream()
                .filter(Paragraph::isVisible).map(Paragraph::getText).toList();
    }
}
