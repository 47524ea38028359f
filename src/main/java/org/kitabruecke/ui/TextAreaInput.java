package org.kitabruecke.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A text area for parents with a character count under it, GOV.UK style: no hard limit in the browser, so pasting a
 * long text never silently cuts it; the count says how much is left or how much too much, and the form refuses to
 * go on with a message at the field while everything typed stays.
 */
public class TextAreaInput extends Composite<Div> {

    private final NativeLabel label = new NativeLabel();
    private final Paragraph hint = new Paragraph();
    private final Element area = new Element("textarea");
    private final Paragraph count = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final String id;
    private String value = "";
    private Consumer<String> onChange = text -> { };

    public TextAreaInput(String id) {
        this.id = id;
        area.setAttribute("id", id);
        area.setAttribute("rows", "6");
        label.setFor(id);
        hint.setId(id + "-hint");
        hint.addClassName("kb-field-hint");
        count.setId(id + "-count");
        count.addClassName("kb-count");
        count.getElement().setAttribute("aria-live", "polite");
        error.setId(id + "-error");
        error.addClassName("kb-field-error");
        error.setVisible(false);
        // sent while typing (after a pause), so the count follows and nothing typed is lost on a language switch
        area.addPropertyChangeListener("value", "input", change -> changed(change.isUserOriginated())).debounce(400);
        area.addPropertyChangeListener("value", "change", change -> changed(change.isUserOriginated()));
        getContent().addClassNames("kb-field", "kb-field-wide");
        getContent().add(label, hint, error);
        getContent().getElement().appendChild(area);
        getContent().add(count);
        describedBy(false);
    }

    public TextAreaInput setTexts(String labelText, String hintText) {
        label.setText(labelText);
        hint.setText(hintText);
        return this;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
        area.setProperty("value", value);
        area.setText(value);
    }

    /** Called with the text whenever it changes, e.g. to update the count. */
    public void setChangeListener(Consumer<String> listener) {
        this.onChange = listener;
    }

    public void setCount(String text, boolean over) {
        count.setText(text);
        count.getElement().getClassList().set("kb-count-over", over);
    }

    public void setError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        area.setAttribute("aria-invalid", String.valueOf(message != null));
        describedBy(message != null);
    }

    public @Nullable String getError() {
        return error.isVisible() ? error.getText() : null;
    }

    public void focus() {
        area.callJsFunction("focus");
    }

    private void changed(boolean byUser) {
        if (!byUser) {
            return;
        }
        value = area.getProperty("value", "");
        onChange.accept(value);
    }

    private void describedBy(boolean withError) {
        area.setAttribute("aria-describedby", id + "-hint " + id + "-count" + (withError ? " " + id + "-error" : ""));
    }
}
