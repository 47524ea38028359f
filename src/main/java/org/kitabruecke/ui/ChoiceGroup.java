package org.kitabruecke.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checkboxes or radio buttons for parents, in plain HTML: a {@code fieldset} whose legend is the question, each
 * choice a large tappable label with an optional icon and a one-line explanation, the error at the group. The
 * selection is kept on the server as soon as a box is ticked, so nothing is lost on a language switch or going back.
 *
 * @param <T> what is chosen, e.g. a topic; items must be usable as map keys
 */
public class ChoiceGroup<T> extends Composite<FieldSet> {

    /** How one item is shown: its label, an optional hint under it, an optional icon from {@link Icons}. */
    public record Choice(String label, @Nullable String hint, @Nullable String icon) {

        public static Choice of(String label) {
            return new Choice(label, null, null);
        }
    }

    private final String id;
    private final boolean multiple;
    private final FieldSet.Legend legend = new FieldSet.Legend();
    private final Paragraph hint = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Div options = new Div();
    private final Map<T, Element> inputs = new LinkedHashMap<>();
    private final Set<T> selected = new LinkedHashSet<>();
    private final List<Consumer<Set<T>>> listeners = new ArrayList<>();
    private Function<T, Choice> describe = item -> Choice.of(String.valueOf(item));
    private Function<T, String> groupOf = item -> "";

    private ChoiceGroup(String id, boolean multiple) {
        this.id = id;
        this.multiple = multiple;
        FieldSet fieldSet = getContent();
        fieldSet.setId(id);
        fieldSet.addClassName("kb-choices");
        hint.setId(id + "-hint");
        hint.addClassName("kb-field-hint");
        hint.setVisible(false);
        error.setId(id + "-error");
        error.addClassName("kb-field-error");
        error.setVisible(false);
        options.addClassName(multiple ? "kb-choices-checkboxes" : "kb-choices-radios");
        fieldSet.add(legend, hint, error, options);
        describedBy();
    }

    /** Several choices allowed. */
    public static <T> ChoiceGroup<T> checkboxes(String id) {
        return new ChoiceGroup<>(id, true);
    }

    /** Exactly one choice. */
    public static <T> ChoiceGroup<T> radios(String id) {
        return new ChoiceGroup<>(id, false);
    }

    /** The question; on a page with one question this is the page's {@code h1}, as GOV.UK does it. */
    public ChoiceGroup<T> setLegend(Component... content) {
        legend.removeAll();
        legend.add(content);
        return this;
    }

    public void setHint(@Nullable String text) {
        hint.setText(text == null ? "" : text);
        hint.setVisible(text != null && !text.isBlank());
        describedBy();
    }

    /** Shows these items (a selection of items no longer shown is kept). */
    public void setItems(List<T> items, Function<T, Choice> describe) {
        setItems(items, describe, item -> "");
    }

    /**
     * Shows these items under group headings, e.g. days by week: a heading stands before each item whose group
     * differs from the one before.
     */
    public void setItems(List<T> items, Function<T, Choice> describe, Function<T, String> groupOf) {
        this.describe = describe;
        this.groupOf = groupOf;
        options.removeAll();
        inputs.clear();
        int index = 0;
        String group = "";
        for (T item : items) {
            String next = groupOf.apply(item);
            if (!next.isEmpty() && !next.equals(group)) {
                var heading = new Paragraph(next);
                heading.addClassName("kb-choice-group");
                options.add(heading);
            }
            group = next;
            options.add(option(item, id + "-" + index++));
        }
    }

    /** Writes the texts again, e.g. after a language switch; ticks stay as they are. */
    public void refreshTexts() {
        setItems(List.copyOf(inputs.keySet()), describe, groupOf);
    }

    public Set<T> getSelected() {
        return Set.copyOf(selected);
    }

    public Optional<T> getSelectedItem() {
        return selected.stream().findFirst();
    }

    public void setSelected(Collection<T> items) {
        selected.clear();
        selected.addAll(multiple ? items : items.stream().limit(1).toList());
        inputs.forEach((item, input) -> check(input, selected.contains(item)));
    }

    /** What a tap on a shown item does: ticks it, or unticks a ticked checkbox. */
    public void toggle(T item) {
        Element input = inputs.get(item);
        if (input == null) {
            throw new IllegalArgumentException("Not shown: " + item);
        }
        input.setProperty("checked", !multiple || !input.getProperty("checked", false));
        changed(item, input);
    }

    /** The items shown, in order. */
    public List<T> getItems() {
        return List.copyOf(inputs.keySet());
    }

    public void addSelectionListener(Consumer<Set<T>> listener) {
        listeners.add(listener);
    }

    /** Shows the message at the group, or clears it. */
    public void setError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        getContent().getElement().setAttribute("aria-invalid", String.valueOf(message != null));
        describedBy();
    }

    public @Nullable String getError() {
        return error.isVisible() ? error.getText() : null;
    }

    /** Moves the keyboard focus to the first choice, e.g. to the group with an error. */
    public void focus() {
        inputs.values().stream().findFirst().ifPresent(input -> input.callJsFunction("focus"));
    }

    private Component option(T item, String inputId) {
        Choice choice = describe.apply(item);
        var input = new Element("input")
                .setAttribute("type", multiple ? "checkbox" : "radio")
                .setAttribute("name", id)
                .setAttribute("id", inputId)
                .setAttribute("class", "kb-choice-input");
        check(input, selected.contains(item));
        input.addPropertyChangeListener("checked", "change", change -> {
            if (change.isUserOriginated()) {
                changed(item, input);
            }
        });
        inputs.put(item, input);

        var label = new Element("label").setAttribute("for", inputId).setAttribute("class", "kb-choice-label");
        if (choice.icon() != null) {
            label.appendChild(Icons.icon(choice.icon()).getElement());
        }
        var text = new Element("span").setAttribute("class", "kb-choice-text");
        text.appendChild(new Element("span").setAttribute("class", "kb-choice-title").setText(choice.label()));
        if (choice.hint() != null) {
            text.appendChild(new Element("span").setAttribute("class", "kb-choice-hint").setText(choice.hint()));
        }
        label.appendChild(text);
        var row = new Div();
        row.addClassName("kb-choice");
        row.getElement().appendChild(input, label);
        return row;
    }

    private void changed(T item, Element input) {
        boolean checked = input.getProperty("checked", false);
        if (!multiple) {
            // the browser unticks the other radios without telling us
            selected.clear();
            inputs.forEach((other, otherInput) -> {
                if (!Objects.equals(other, item)) {
                    check(otherInput, false);
                }
            });
        }
        if (checked) {
            selected.add(item);
        } else {
            selected.remove(item);
        }
        input.setAttribute("checked", checked);
        Set<T> now = getSelected();
        listeners.forEach(listener -> listener.accept(now));
    }

    private static void check(Element input, boolean checked) {
        input.setProperty("checked", checked);
        // the attribute too, so that the server-rendered first paint shows the same ticks
        input.setAttribute("checked", checked);
    }

    private void describedBy() {
        List<String> ids = new ArrayList<>();
        if (hint.isVisible()) {
            ids.add(hint.getId().orElseThrow());
        }
        if (error.isVisible()) {
            ids.add(error.getId().orElseThrow());
        }
        if (ids.isEmpty()) {
            getContent().getElement().removeAttribute("aria-describedby");
        } else {
            getContent().getElement().setAttribute("aria-describedby", String.join(" ", ids));
        }
    }
}
