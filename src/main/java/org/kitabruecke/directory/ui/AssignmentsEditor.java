package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Assignment;
import org.kitabruecke.directory.DirectoryAdmin;
import org.kitabruecke.directory.SocialWorkerEntry;

/** Who is responsible for the chosen Kita, and on which weekday and when she or he is there. */
class AssignmentsEditor extends Composite<Div> {

    private final DirectoryAdmin admin;
    private final List<SocialWorkerEntry> workers;
    private final H2 title = new H2();
    private final Div rows = new Div();
    private final Button add = new Button();
    private final Button save = new Button();
    private final Paragraph message = new Paragraph();
    private final List<Row> editing = new ArrayList<>();
    private final Runnable saved;
    private @Nullable Long kitaId;

    /** One social worker with the day and hours of presence. */
    private record Row(Select<SocialWorkerEntry> worker, Select<DayOfWeek> day, TimePicker from, TimePicker until,
                       Div line) {
    }

    /** @param saved told after the assignments of a Kita were saved */
    AssignmentsEditor(DirectoryAdmin admin, Runnable saved) {
        this.admin = admin;
        this.saved = saved;
        this.workers = admin.socialWorkers();
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(null));
        add.setId("assignments-add");
        save.setId("assignments-save");
        save.addClickListener(click -> saveAll());
        message.setId("assignments-message");
        message.getElement().setAttribute("role", "status");
        getContent().add(title, rows, AdminForms.row(add, save), message);
    }

    void translate() {
        title.setText(getTranslation("admin.assignments.title"));
        add.setText(getTranslation("admin.assignments.add"));
        save.setText(getTranslation("admin.assignments.save"));
        editing.forEach(this::label);
    }

    /** Shows the Kita's assignments; a Kita not saved yet has none to edit. */
    void show(@Nullable Long kita) {
        kitaId = kita;
        setVisible(kita != null);
        editing.clear();
        rows.removeAll();
        message.setText("");
        if (kita != null) {
            admin.assignments(kita).forEach(this::addRow);
        }
    }

    private void addRow(@Nullable Assignment assignment) {
        var worker = new Select<SocialWorkerEntry>();
        worker.setItems(workers);
        worker.setItemLabelGenerator(SocialWorkerEntry::name);
        var day = new Select<DayOfWeek>();
        day.setItems(Arrays.asList(DayOfWeek.values()).subList(0, 5));
        day.setItemLabelGenerator(d -> Places.weekday(d, getLocale()));
        var from = new TimePicker();
        var until = new TimePicker();
        from.setStep(Duration.ofMinutes(15));
        until.setStep(Duration.ofMinutes(15));
        if (assignment != null) {
            worker.setValue(workers.stream().filter(w -> w.id() == assignment.socialWorkerId()).findFirst()
                    .orElse(null));
            day.setValue(assignment.day());
            from.setValue(assignment.from());
            until.setValue(assignment.until());
        } else {
            day.setValue(DayOfWeek.MONDAY);
            from.setValue(LocalTime.of(8, 30));
            until.setValue(LocalTime.of(11, 30));
        }
        var line = new Div();
        var row = new Row(worker, day, from, until, line);
        var remove = new Button(getTranslation("admin.assignments.remove"), click -> {
            editing.remove(row);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(AdminForms.row(worker, day, from, until, remove));
        editing.add(row);
        label(row);
        rows.add(line);
    }

    private void label(Row row) {
        row.worker().setLabel(getTranslation("admin.assignments.worker"));
        row.day().setLabel(getTranslation("admin.assignments.day"));
        row.from().setLabel(getTranslation("admin.assignments.from"));
        row.until().setLabel(getTranslation("admin.assignments.until"));
    }

    private void saveAll() {
        if (kitaId == null) {
            return;
        }
        List<Assignment> assignments = new ArrayList<>();
        boolean complete = true;
        for (Row row : editing) {
            boolean ordered = row.from().getValue() != null && row.until().getValue() != null
                    && row.from().getValue().isBefore(row.until().getValue());
            row.worker().setInvalid(row.worker().getValue() == null);
            row.worker().setErrorMessage(row.worker().isInvalid() ? getTranslation("admin.kita.error.required") : null);
            row.until().setInvalid(!ordered);
            row.until().setErrorMessage(ordered ? null : getTranslation("admin.assignments.error.order"));
            if (row.worker().getValue() == null || !ordered) {
                complete = false;
                continue;
            }
            assignments.add(new Assignment(row.worker().getValue().id(), row.worker().getValue().name(),
                    Objects.requireNonNull(row.day().getValue()), row.from().getValue(), row.until().getValue()));
        }
        if (!complete) {
            message.setText(getTranslation("admin.fixFields"));
            return;
        }
        try {
            admin.saveAssignments(kitaId, assignments);
            message.setText(getTranslation("admin.saved"));
            saved.run();
        } catch (IllegalArgumentException twice) {
            message.setText(getTranslation("admin.assignments.error.twice"));
        }
    }
}
