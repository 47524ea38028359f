package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.OpeningHours;

/** A partner service's opening hours: any number of (weekday, opens, closes) lines. */
class HoursEditor extends Composite<Div> {

    private final H3 title = new H3();
    private final Div rows = new Div();
    private final Button add = new Button();
    private final List<Row> editing = new ArrayList<>();

    private record Row(Select<DayOfWeek> day, TimePicker opens, TimePicker closes) {
    }

    HoursEditor() {
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(null));
        add.setId("hours-add");
        getContent().add(title, rows, add);
    }

    void translate() {
        title.setText(getTranslation("admin.service.hours"));
        add.setText(getTranslation("admin.service.hours.add"));
        editing.forEach(this::label);
    }

    void show(List<OpeningHours> hours) {
        editing.clear();
        rows.removeAll();
        hours.forEach(this::addRow);
    }

    /** The hours as entered, or empty if a line has no day or closes before it opens (marked at the field). */
    Optional<List<OpeningHours>> hours() {
        List<OpeningHours> hours = new ArrayList<>();
        boolean complete = true;
        for (Row row : editing) {
            LocalTime opens = row.opens().getValue();
            LocalTime closes = row.closes().getValue();
            boolean ordered = opens != null && closes != null && opens.isBefore(closes);
            row.closes().setInvalid(!ordered);
            row.closes().setErrorMessage(ordered ? null : getTranslation("admin.assignments.error.order"));
            if (ordered && row.day().getValue() != null) {
                hours.add(new OpeningHours(row.day().getValue(), opens, closes));
            } else {
                complete = false;
            }
        }
        return complete ? Optional.of(hours) : Optional.empty();
    }

    private void addRow(@Nullable OpeningHours hours) {
        var day = new Select<DayOfWeek>();
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> Places.weekday(d, getLocale()));
        var opens = new TimePicker();
        var closes = new TimePicker();
        opens.setStep(Duration.ofMinutes(15));
        closes.setStep(Duration.ofMinutes(15));
        day.setValue(hours == null ? DayOfWeek.MONDAY : hours.day());
        opens.setValue(hours == null ? LocalTime.of(9, 0) : hours.opens());
        closes.setValue(hours == null ? LocalTime.of(12, 0) : hours.closes());
        var row = new Row(day, opens, closes);
        var line = new Div();
        var remove = new Button(getTranslation("admin.assignments.remove"), click -> {
            editing.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(AdminForms.row(day, opens, closes, remove));
        editing.add(row);
        label(row);
        rows.add(line);
    }

    private void label(Row row) {
        row.day().setLabel(getTranslation("admin.assignments.day"));
        row.opens().setLabel(getTranslation("admin.service.opens"));
        row.closes().setLabel(getTranslation("admin.service.closes"));
    }
}
