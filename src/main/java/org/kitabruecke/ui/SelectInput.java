package org.kitabruecke.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A drop-down list in plain HTML ({@code select}): phones show their own large picker for it. Label above, optional
 * hint; the chosen value is kept on the server as soon as it changes.
 */
public class SelectInput extends Composite<Div> {

    /** One entry: the value kept, the text shown, and the language the text is written in (for screen readers). */
    public record Option(String value, String label, @Nullable String lang) {
    }

    private final NativeLabel label = new NativeLabel();
    private final Paragraph hint = new Paragraph();
    private final Element select = new Element("select");
    private final List<Consumer<String>> listeners = new ArrayList<>();
    private final Set<String> offered = new HashSet<>();
    private String value = "";

    public SelectInput(String id) {
        select.setAttribute("id", id);
        label.setFor(id);
        hint.setId(id + "-hint");
        hint.addClassName("kb-field-hint");
        select.setAttribute("aria-describedby", id + "-hint");
        select.addPropertyChangeListener("value", "change", change -> {
            if (!change.isUserOriginated()) {
                return;
            }
            String sent = select.getProperty("value", "");
            if (!offered.contains(sent)) {
                // not one of the entries: a changed page, not a parent's choice; the choice stays what it was
                select.setProperty("value", value);
                return;
            }
            value = sent;
            listeners.forEach(listener -> listener.accept(value));
        });
        getContent().addClassName("kb-field");
        getContent().add(label, hint);
        getContent().getElement().appendChild(select);
    }

    public SelectInput setTexts(String labelText, String hintText) {
        label.setText(labelText);
        hint.setText(hintText);
        return this;
    }

    /** Replaces the entries; the chosen value stays chosen if it is still offered. */
    public void setOptions(List<Option> options) {
        select.removeAllChildren();
        offered.clear();
        options.forEach(option -> offered.add(option.value()));
        for (Option option : options) {
            var entry = new Element("option").setAttribute("value", option.value()).setText(option.label());
            if (option.lang() != null) {
                entry.setAttribute("lang", option.lang());
            }
            entry.setAttribute("selected", option.value().equals(value));
            select.appendChild(entry);
        }
        select.setProperty("value", value);
    }

    public void addChangeListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
        select.getChildren().forEach(option -> option.setAttribute("selected",
                value.equals(option.getAttribute("value"))));
        select.setProperty("value", value);
    }
}
