package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.DirectoryAdmin;
import org.kitabruecke.directory.KitaImport;
import org.kitabruecke.directory.KitaImport.Action;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.Links;

/**
 * {@code /admin/import}: Kitas from a CSV file (upload it, or paste it). "Check" is a dry run that shows what each
 * line would do and every problem with its line number; the file can be corrected right here. "Import" is only
 * possible for exactly the text that was checked without problems, and then imports all of it or nothing.
 */
@Route(value = "admin/import", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class AdminImportView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final int FILE_MAX = 1024 * 1024;

    private final DirectoryAdmin admin;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Upload upload;
    private final TextArea text = new TextArea();
    private final Button check = new Button();
    private final Button run = new Button();
    private final Paragraph summary = new Paragraph();
    private final Div report = new Div();
    private final UnassignedKitas unassigned = new UnassignedKitas("import-unassigned");
    private @Nullable KitaImport checked;
    private String checkedText = "";

    AdminImportView(DirectoryAdmin admin) {
        this.admin = admin;
        addClassName("kb-admin");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(bytes)))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FILE_MAX);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        text.setId("import-text");
        text.setWidthFull();
        text.setHeight("12rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> run.setEnabled(isImportable()));
        text.getElement().setAttribute("spellcheck", "false");
        check.setId("import-check");
        check.addClickListener(click -> preview());
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.addClickListener(click -> importAll());
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        report.setId("import-report");
        unassigned.setVisible(false);
        add(title, intro, upload, text, AdminForms.row(check, run), summary, unassigned, report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("admin.import.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.import.title"));
        intro.setText(getTranslation("admin.import.intro"));
        text.setLabel(getTranslation("admin.import.text"));
        check.setText(getTranslation("admin.import.check"));
        run.setText(getTranslation("admin.import.run"));
        upload.setI18n(uploadTexts());
        if (checked != null) {
            show(checked);
        }
    }

    /** The upload's own texts in the page's language (it would speak English otherwise). */
    private UploadI18N uploadTexts() {
        String failed = getTranslation("admin.import.upload.failed");
        String add = getTranslation("admin.import.upload.add");
        String drop = getTranslation("admin.import.upload.drop");
        // "many" is never shown with one file allowed, but would stay English in the page otherwise
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("admin.import.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("admin.import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("admin.import.upload.wrongType")))
                .setFile(new UploadI18N.File().setRemove(getTranslation("admin.assignments.remove"))
                        .setRetry(getTranslation("admin.import.upload.retry"))
                        .setStart(getTranslation("admin.import.upload.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("admin.import.upload.connecting"))
                                .setStalled(getTranslation("admin.import.upload.connecting"))
                                .setProcessing(getTranslation("admin.import.upload.processing"))
                                .setHeld(getTranslation("admin.import.upload.connecting")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("admin.import.upload.remaining") + " ")
                                .setUnknown(getTranslation("admin.import.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                                .setUnexpectedServerError(failed).setForbidden(failed)));
    }

    /** An uploaded file is shown in the text field, to be checked (and corrected) there. */
    private void received(byte[] bytes) {
        try {
            text.setValue(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
            preview();
        } catch (CharacterCodingException notUtf8) {
            summary.setText(getTranslation("admin.import.error.encoding"));
        }
    }

    private boolean isImportable() {
        return checked != null && checked.importable() && checkedText.equals(text.getValue());
    }

    private void preview() {
        checkedText = text.getValue();
        checked = admin.previewImport(checkedText);
        show(checked);
        run.setEnabled(isImportable());
    }

    private void importAll() {
        if (!isImportable()) {
            return;
        }
        try {
            Map<Action, Long> done = new HashMap<>(admin.importKitas(checkedText));
            checked = null;
            report.removeAll();
            run.setEnabled(false);
            summary.setText(getTranslation("admin.import.done", "added", done.getOrDefault(Action.NEW, 0L),
                    "changed", done.getOrDefault(Action.CHANGED, 0L)));
            unassigned.show(admin.kitasWithoutTeam(), kita -> {
                var assign = Links.inApp(AdminKitasView.PATH + "?kita=" + kita.id());
                assign.setText(kita.name());
                return assign;
            });
        } catch (IllegalArgumentException changedMeanwhile) {
            preview();
        }
    }

    private void show(KitaImport result) {
        report.removeAll();
        unassigned.setVisible(false);
        if (!result.problems().isEmpty()) {
            summary.setText(getTranslation("admin.import.problems", "count", result.problems().size()));
            var rows = new NativeTableBody();
            for (KitaImport.Problem problem : result.problems()) {
                var arguments = new HashMap<String, Object>(problem.arguments());
                rows.add(new NativeTableRow(new NativeTableCell(String.valueOf(problem.line())),
                        new NativeTableCell(problem.column() == null ? "" : problem.column()),
                        new NativeTableCell(getTranslation(problem.key(), arguments.entrySet().stream()
                                .flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
                                .toArray()))));
            }
            report.add(new H2(getTranslation("admin.import.problemsTitle")), table("import-problems", rows,
                    "admin.import.line", "admin.import.column", "admin.import.problem"));
            return;
        }
        summary.setText(getTranslation("admin.import.ready", "added", result.count(Action.NEW),
                "changed", result.count(Action.CHANGED), "unchanged", result.count(Action.UNCHANGED)));
        var rows = new NativeTableBody();
        for (KitaImport.Line line : result.lines()) {
            rows.add(new NativeTableRow(new NativeTableCell(String.valueOf(line.number())),
                    new NativeTableCell(getTranslation("admin.import.action." + line.action().name())),
                    new NativeTableCell(line.kita().name()),
                    new NativeTableCell(line.kita().address().oneLine()),
                    new NativeTableCell(line.districtName())));
        }
        report.add(table("import-lines", rows, "admin.import.line", "admin.import.action", "admin.kita.name",
                "admin.kita.street", "admin.kita.district"));
    }

    private NativeTable table(String id, NativeTableBody rows, String... headerKeys) {
        var table = new NativeTable();
        var head = table.getHead().addRow();
        for (String key : headerKeys) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        table.getBody().addRows(rows.getRows().toArray(NativeTableRow[]::new));
        table.setId(id);
        table.addClassName("kb-table");
        return table;
    }
}
