package org.kitabruecke.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A text field for parents in plain HTML: label above, an optional hint, and the error right at the field,
 * announced by screen readers ({@code aria-describedby}, {@code aria-invalid}). No web component is loaded.
 */
public class TextInput extends Composite<Div> {

    private final NativeLabel label = new NativeLabel();
    private final Paragraph hint = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Input input = new Input();

    /** @param id a page-unique id; label, hint and error are tied to the field through it */
    public TextInput(String id) {
        input.setId(id);
        label.setFor(id);
        hint.setId(id + "-hint");
        hint.addClassName("kb-field-hint");
        error.setId(id + "-error");
        error.addClassName("kb-field-error");
        error.setVisible(false);
        input.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        getContent().addClassName("kb-field");
        getContent().add(label, hint, input, error);
    }

    public TextInput setTexts(String labelText, String hintText) {
        label.setText(labelText);
        hint.setText(hintText);
        return this;
    }

    /** Sets an HTML attribute of the input, e.g. {@code autocomplete}, {@code inputmode}, {@code maxlength}. */
    public TextInput attribute(String name, String value) {
        input.getElement().setAttribute(name, value);
        return this;
    }

    public String getValue() {
        return input.getValue();
    }

    public void setValue(String value) {
        input.setValue(value);
    }

    public void focus() {
        input.focus();
    }

    public Input input() {
        return input;
    }

    /** Shows the message at the field, or clears it; what was typed stays as it is. */
    public void setError(@Nullable String message) {
        boolean invalid = message != null;
        error.setText(invalid ? message : "");
        error.setVisible(invalid);
        input.getElement().setAttribute("aria-invalid", String.valueOf(invalid));
        input.getElement().setAttribute("aria-describedby", invalid
                ? hint.getId().orElseThrow() + " " + error.getId().orElseThrow() : hint.getId().orElseThrow());
    }

    public @Nullable String getError() {
        return error.isVisible() ? error.getText() : null;
    }
}
