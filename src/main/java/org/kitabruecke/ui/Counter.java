package org.kitabruecke.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A number chosen with large − and + buttons instead of typing: easy on a phone and for parents who read little.
 * The number is announced to screen readers when it changes.
 */
public class Counter extends Composite<Div> {

    private final Span label = new Span();
    private final NativeButton less = new NativeButton("−");
    private final NativeButton more = new NativeButton("+");
    private final Span shown = new Span();
    private final List<IntConsumer> listeners = new ArrayList<>();
    private int value;
    private int max;

    /** @param id a page-unique id; the buttons are named after the label through it */
    public Counter(String id, int max) {
        this.max = max;
        Div content = getContent();
        content.addClassName("kb-counter");
        content.getElement().setAttribute("role", "group");
        label.setId(id + "-label");
        label.addClassName("kb-counter-label");
        content.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        shown.setId(id);
        shown.addClassName("kb-counter-value");
        shown.getElement().setAttribute("aria-live", "polite");
        shown.getElement().setAttribute("aria-atomic", "true");
        less.addClassName("kb-counter-button");
        more.addClassName("kb-counter-button");
        less.setId(id + "-less");
        more.setId(id + "-more");
        less.addClickListener(click -> change(-1));
        more.addClickListener(click -> change(+1));
        var controls = new Div(less, shown, more);
        controls.addClassName("kb-counter-controls");
        content.add(label, controls);
        show();
    }

    /** The label, and what the buttons say to a screen reader ("one child fewer: under 1 year"). */
    public void setTexts(String labelText, String lessText, String moreText) {
        label.setText(labelText);
        less.getElement().setAttribute("aria-label", lessText);
        more.getElement().setAttribute("aria-label", moreText);
    }

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = Math.clamp(value, 0, max);
        show();
    }

    /** Lowers or raises the highest number allowed, e.g. to keep a total in bounds. */
    public void setMax(int max) {
        this.max = Math.max(max, 0);
        show();
    }

    /** Shows the number again in the page's digits, e.g. after a language switch. */
    public void refresh() {
        show();
    }

    public void addValueListener(IntConsumer listener) {
        listeners.add(listener);
    }

    private void change(int step) {
        int next = Math.clamp(value + step, 0, max);
        if (next != value) {
            value = next;
            show();
            listeners.forEach(listener -> listener.accept(value));
        }
    }

    private void show() {
        shown.setText(NumberFormat.getInstance(ULocale.forLocale(getLocale())).format(value));
        // not disabled: a disabled button would drop the keyboard focus
        less.getElement().setAttribute("aria-disabled", String.valueOf(value <= 0));
        more.getElement().setAttribute("aria-disabled", String.valueOf(value >= max));
    }
}
