package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingDesk;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.directory.PartnerService;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageNames;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.notification.ReplyTexts;
import org.kitabruecke.notification.UndeliveredMail;
import org.kitabruecke.request.CaseDetails;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.ClosedReason;
import org.kitabruecke.request.ReplyResult;
import org.kitabruecke.request.ReplyTemplate;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.staff.StaffAccounts;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffMember;
import org.kitabruecke.staff.StaffRole;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * {@code /staff/request/<id>}: one request — what the family gave (in the social worker's language), and the work on
 * it: assign, move on (closing with a reason), refer to a partner service, answer by e-mail from a template in the
 * family's language, internal notes, the full history and linked bookings. A change made meanwhile by a colleague
 * is never overwritten: the page says so and shows the new state.
 */
@Route(value = RequestView.PATH + "/:id", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class RequestView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "staff/request";

    private final Casework casework;
    private final Directory directory;
    private final CaseFacts facts;
    private final CaseHistory history;
    private final UndeliveredNotice undelivered;
    private final H1 title = new H1();
    private final Paragraph state = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Select<StaffMember> assignee = new Select<>();
    private final Button assignToMe = new Button();
    private final Select<RequestStatus> status = new Select<>();
    private final Select<ClosedReason> reason = new Select<>();
    private final Button saveStatus = new Button();
    private final Select<PartnerService> service = new Select<>();
    private final Button refer = new Button();
    private final Select<ReplyTemplate> template = new Select<>();
    private final Button reply = new Button();
    private final Paragraph replyHint = new Paragraph();
    private final TextArea preview = new TextArea();
    private final ReplyTexts replies;
    private final Translations translations;
    private final TextArea note = new TextArea();
    private final Button addNote = new Button();
    private final Div sections = new Div();
    private @Nullable CaseDetails details;

    RequestView(Casework casework, Directory directory, BookingDesk bookings, Waiting waiting, Formats formats,
                ReplyTexts replies, Translations translations, UndeliveredMail mails,
                AuthenticationContext authentication, Clock clock, StaffAccounts accounts) {
        this.casework = casework;
        this.replies = replies;
        this.translations = translations;
        this.directory = directory;
        this.facts = new CaseFacts(directory, accounts::displayName);
        this.history = new CaseHistory(bookings, waiting, formats, directory, clock, accounts::displayName);
        this.undelivered = new UndeliveredNotice(mails, waiting, clock,
                authentication.hasRole(StaffRole.Names.ADMIN));
        addClassName("kb-request");
        message.setId("request-message");
        message.getElement().setAttribute("role", "alert");
        assignee.setId("request-assignee");
        assignee.setItems(casework.colleagues());
        assignee.setItemLabelGenerator(member -> member == null ? "–" : member.displayName());
        assignee.setEmptySelectionAllowed(true);
        assignee.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> casework.assign(id(), version(), change.getValue() == null ? null
                        : change.getValue().username()));
            }
        });
        assignToMe.setId("request-assign-me");
        assignToMe.addClickListener(click -> act(() -> casework.assignToMe(id(), version())));
        status.setId("request-status");
        status.setItems(RequestStatus.IN_PROGRESS, RequestStatus.REFERRED, RequestStatus.APPOINTMENT,
                RequestStatus.CLOSED);
        status.addValueChangeListener(change -> reason.setVisible(change.getValue() == RequestStatus.CLOSED));
        reason.setId("request-reason");
        reason.setItems(ClosedReason.values());
        saveStatus.setId("request-save-status");
        saveStatus.addClickListener(click -> saveStatus());
        service.setId("request-service");
        service.setItems(directory.services(null, null, Locale.GERMAN));
        service.setItemLabelGenerator(PartnerService::name);
        refer.setId("request-refer");
        refer.addClickListener(click -> {
            if (service.getValue() != null) {
                act(() -> casework.refer(id(), version(), Objects.requireNonNull(service.getValue().id())));
            }
        });
        template.setId("request-template");
        template.setItems(ReplyTemplate.values());
        template.addValueChangeListener(change -> showPreview());
        preview.setId("request-preview");
        preview.setReadOnly(true);
        preview.setWidthFull();
        preview.setVisible(false);
        reply.setId("request-reply");
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reply.addClickListener(click -> sendReply());
        note.setId("request-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        addNote.setId("request-add-note");
        addNote.addClickListener(click -> {
            if (!note.getValue().isBlank()) {
                act(() -> casework.addNote(id(), note.getValue()));
                note.clear();
            }
        });
        add(title, state, undelivered, message, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            details = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,18}"))
                    .map(id -> casework.details(Long.parseLong(id))).orElse(null);
        } catch (IllegalArgumentException noSuchRequest) {
            details = null;
        }
        if (details == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", details == null ? ""
                : getTranslation("inbox.request.title", "code", details.referenceCode()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        assignToMe.setText(getTranslation("inbox.assignToMe"));
        assignee.setLabel(getTranslation("inbox.column.assignee"));
        status.setLabel(getTranslation("inbox.column.status"));
        status.setItemLabelGenerator(s -> getTranslation("inbox.status." + s.name()));
        status.setPlaceholder(getTranslation("inbox.status.RECEIVED"));
        reason.setLabel(getTranslation("inbox.closedReason"));
        reason.setItemLabelGenerator(r -> getTranslation("inbox.closed." + r.name()));
        saveStatus.setText(getTranslation("inbox.saveStatus"));
        service.setLabel(getTranslation("inbox.referTo"));
        refer.setText(getTranslation("inbox.refer"));
        template.setLabel(getTranslation("inbox.replyTemplate"));
        template.setItemLabelGenerator(t -> getTranslation("inbox.template." + t.name()));
        reply.setText(getTranslation("inbox.reply"));
        preview.setLabel(getTranslation("inbox.replyPreview"));
        note.setLabel(getTranslation("inbox.note"));
        addNote.setText(getTranslation("inbox.addNote"));
        show(event.getLocale());
    }

    private void show(Locale locale) {
        if (details == null) {
            return;
        }
        CaseDetails shown = details;
        title.setText(getTranslation("inbox.request.title", "code", shown.referenceCode()));
        state.setText(getTranslation("inbox.request.state", "status",
                getTranslation("inbox.status." + shown.status().name()),
                "reason", shown.closedReason() == null ? "none" : getTranslation("inbox.closed."
                        + shown.closedReason().name())));
        undelivered.show(shown.id(), locale);
        assignee.setValue(casework.colleagues().stream().filter(m -> m.username().equals(shown.assignedTo()))
                .findFirst().orElse(null));
        status.setValue(shown.status() == RequestStatus.RECEIVED ? null : shown.status());
        reason.setValue(shown.closedReason());
        reason.setVisible(shown.status() == RequestStatus.CLOSED);
        service.setValue(shown.referredTo() == null ? null : directory.service(shown.referredTo()).orElse(null));
        reply.setEnabled(shown.canMail());
        replyHint.setText(shown.canMail() ? getTranslation("inbox.replyHint", "language",
                LanguageNames.inLanguageOf(shown.contactLanguage().code(), locale))
                : getTranslation("inbox.replyImpossible"));
        showPreview();
        facts.show(shown, locale);
        history.show(shown, locale);
        sections.removeAll();
        var family = new Div(new H2(getTranslation("inbox.section.facts")), facts,
                new H2(getTranslation("inbox.section.history")), history);
        var work = new Div(new H2(getTranslation("inbox.section.work")),
                StaffControls.row(assignee, assignToMe), StaffControls.row(status, reason, saveStatus), StaffControls.row(service, refer),
                new H2(getTranslation("inbox.section.reply")), StaffControls.row(template, reply), replyHint, preview,
                new H2(getTranslation("inbox.section.notes")), history.notes(), note, addNote);
        sections.addClassName("kb-request-columns");
        sections.add(family, work);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The mail as the family will read it, in their language and script, before it is sent. */
    private void showPreview() {
        if (details == null || template.getValue() == null) {
            preview.setVisible(false);
            return;
        }
        var text = replies.of(details.id(), template.getValue(), details.referredTo());
        preview.setVisible(text.isPresent());
        text.ifPresent(mail -> {
            preview.setValue(mail.subject() + "\n\n" + mail.body());
            preview.getElement().setAttribute("lang", mail.language());
            preview.getElement().setAttribute("dir", translations.find(mail.language())
                    .map(language -> language.direction()).orElse("ltr"));
        });
    }

    private void saveStatus() {
        if (status.getValue() == null) {
            return;
        }
        if (status.getValue() == RequestStatus.CLOSED && reason.getValue() == null) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("inbox.closedReason.required"));
            return;
        }
        reason.setInvalid(false);
        act(() -> casework.moveTo(id(), version(), status.getValue(), reason.getValue()));
    }

    private void sendReply() {
        if (template.getValue() == null) {
            template.setInvalid(true);
            template.setErrorMessage(getTranslation("inbox.replyTemplate.required"));
            return;
        }
        template.setInvalid(false);
        // a reply only adds to the history: nothing a colleague changed meanwhile can conflict with it
        switch (casework.reply(id(), template.getValue())) {
            case ReplyResult.Sent sent -> {
                act(sent::details);
                message.setText(getTranslation("inbox.replied"));
            }
            case ReplyResult.CannotBeWritten refused -> message.setText(getTranslation("inbox.replyReferralFirst"));
            case ReplyResult.ReferralMissing missing -> message.setText(getTranslation("inbox.replyReferralFirst"));
        }
    }

    /** Carries out a step; if a colleague changed the request meanwhile, says so and shows what is there now. */
    private void act(Supplier<CaseDetails> step) {
        try {
            details = step.get();
            message.setText("");
        } catch (OptimisticLockingFailureException changed) {
            details = casework.details(id());
            message.setText(getTranslation("inbox.changedMeanwhile"));
        }
        show(getLocale());
    }

    private long id() {
        return Objects.requireNonNull(details).id();
    }

    private int version() {
        return Objects.requireNonNull(details).version();
    }
}
