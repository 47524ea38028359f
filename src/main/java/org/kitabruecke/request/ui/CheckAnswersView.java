package org.kitabruecke.request.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Directory;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.privacy.Consent;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.request.Submission;
import org.kitabruecke.ui.ChoiceGroup;
import org.kitabruecke.ui.ChoiceGroup.Choice;
import org.kitabruecke.ui.ClientAddress;
import org.kitabruecke.ui.Links;
import org.kitabruecke.ui.PortalContacts;
import org.kitabruecke.ui.ProofOfWork;
import org.kitabruecke.ui.PublicLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check your answers, read what happens with them, agree, send. While the parent reads, the browser quietly solves
 * the bot check. If saving fails (database away, too many requests), the parent is told so at once, every answer
 * stays, and sending again works.
 */
@Route(value = "help/check", layout = PublicLayout.class)
@AnonymousAllowed
class CheckAnswersView extends HelpStepView {

    private static final Logger LOG = LoggerFactory.getLogger(CheckAnswersView.class);
    private static final String PROOF_OF_WORK = ProofOfWork.SCRIPT;

    private final HelpRequests requests;
    private final Translations translations;
    private final PortalContacts contacts;
    private final Clock clock;
    private final AnswerSummary summary;
    private final H2 consentTitle = new H2();
    private final Div consentText = new Div();
    private final Span consentLegend = new Span();
    private final ChoiceGroup<Boolean> consent = ChoiceGroup.checkboxes("help-consent");
    private final Paragraph problem = new Paragraph();
    private @Nullable String problemKey;
    private boolean consentMissing;
    private @Nullable BotCheck botCheck;
    private @Nullable Integer solution;
    private boolean sendWhenSolved;

    CheckAnswersView(HelpDraft draft, HelpRequests requests, Directory directory, Translations translations,
                     PortalContacts contacts, Clock clock) {
        super(HelpStep.CHECK, draft);
        this.requests = requests;
        this.translations = translations;
        this.contacts = contacts;
        this.clock = clock;
        this.summary = new AnswerSummary(directory);
        consentText.addClassName("kb-consent");
        consentLegend.addClassName("kb-visually-hidden");
        consent.setLegend(consentLegend);
        consent.addSelectionListener(chosen -> {
            if (!chosen.isEmpty()) {
                consentMissing = false;
                consent.setError(null);
            }
        });
        problem.setId("help-problem");
        problem.addClassName("kb-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        setContent(question, hint, summary, consentTitle, consentText, consent, problem);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        startBotCheck();
    }

    @Override
    protected void showDraft() {
        consent.setSelected(List.of());
        consentMissing = false;
        problemKey = null;
    }

    @Override
    protected void translate(Locale locale) {
        hint.setText(getTranslation("help.check.hint"));
        summary.show(draft, locale, translations.languageOf(locale).code());
        consentTitle.setText(getTranslation(Consent.TITLE_KEY));
        consentText.removeAll();
        Consent.PARAGRAPH_KEYS.forEach(key -> consentText.add(new Paragraph(getTranslation(key))));
        // the whole notice, by a page load like every step: Back returns to this step with the answers kept
        var notice = Links.pageLoad("privacy");
        notice.setId("help-privacy-link");
        notice.setText(getTranslation("privacy.notice.consentLink"));
        consentText.add(new Paragraph(notice));
        consentLegend.setText(getTranslation(Consent.TITLE_KEY));
        consent.setItems(List.of(true), agreed -> Choice.of(getTranslation(Consent.AGREE_KEY)));
        consent.setError(consentMissing ? consentError() : null);
        next.setText(getTranslation(sendWhenSolved ? "help.check.sending" : "help.check.send"));
        showProblem();
    }

    @Override
    protected boolean save() {
        return !consent.getSelected().isEmpty();
    }

    @Override
    protected void proceed() {
        if (draft.receipt().isPresent()) {
            // a second tap on "send" (or one queued while the first was stored): sent once, show the receipt
            getUI().ifPresent(ui -> Links.replace(ui, SentView.PATH));
            return;
        }
        problemKey = null;
        showProblem();
        if (consent.getSelected().isEmpty()) {
            consentMissing = true;
            consent.setError(consentError());
            consent.focus();
            return;
        }
        if (solution == null || botCheck == null || botCheck.isExpired(clock.instant())) {
            if (botCheck == null || botCheck.isExpired(clock.instant())) {
                startBotCheck();
            }
            sending(true);
            return;
        }
        send(botCheck, solution);
    }

    private void send(BotCheck check, int answer) {
        sending(false);
        if (draft.receipt().isPresent()) {
            return;
        }
        Submission result;
        try {
            String pageLanguage = translations.languageOf(getLocale()).code();
            result = requests.submitFromParent(draft.toRequest(pageLanguage,
                    Consent.record(translations, getLocale())), check, answer, ClientAddress.current());
        } catch (RuntimeException failure) {
            // no personal data in the log: the kind of failure is enough to investigate
            LOG.warn("A help request could not be stored: {}", failure.toString());
            fail("help.check.failed");
            return;
        }
        switch (result) {
            case Submission.Accepted accepted -> {
                draft.sent(accepted.receipt(), sentSummary());
                getUI().ifPresent(ui -> Links.replace(ui, SentView.PATH));
            }
            case Submission.TooManyRequests tooMany -> fail("help.check.tooMany");
            case Submission.BotCheckFailed failed -> fail("help.check.botCheckFailed");
        }
    }

    private HelpDraft.SentSummary sentSummary() {
        var contact = draft.contact();
        String phone = PhoneNumber.parse(contact.phone()).map(PhoneNumber::forDialling).orElse(null);
        String email = contact.emailOrNull();
        return new HelpDraft.SentSummary(Objects.requireNonNull(draft.urgency()), phone, email,
                email != null && !draft.noEmail(), contact.languageOr(translations.languageOf(getLocale()).code()),
                contact.needsInterpreter());
    }

    private void fail(String key) {
        problemKey = key;
        showProblem();
        // a used puzzle is not accepted twice: the next attempt gets a new one
        startBotCheck();
    }

    /** Asks the browser to solve a new puzzle; the answer arrives while the parent reads. */
    private void startBotCheck() {
        BotCheck check = requests.newBotCheck(ClientAddress.current());
        botCheck = check;
        solution = null;
        getElement().executeJs(PROOF_OF_WORK, check.salt(), check.hash(), check.maxNumber())
                .then(Integer.class, found -> solved(check, found),
                        error -> LOG.info("The bot check did not run in a browser: {}", error));
    }

    private void solved(BotCheck check, @Nullable Integer found) {
        if (check != botCheck || found == null || found < 0) {
            return;
        }
        solution = found;
        if (sendWhenSolved) {
            send(check, found);
        }
    }

    private void sending(boolean waiting) {
        sendWhenSolved = waiting;
        next.setText(getTranslation(waiting ? "help.check.sending" : "help.check.send"));
        next.getElement().setAttribute("aria-busy", String.valueOf(waiting));
    }

    private void showProblem() {
        problem.setVisible(problemKey != null);
        problem.setText(problemKey == null ? ""
                : getTranslation(problemKey, "phone", Formats.phoneNumber(contacts.teamPhone())));
    }

    private String consentError() {
        return getTranslation("privacy.consent.error", "phone", Formats.phoneNumber(contacts.teamPhone()));
    }
}
