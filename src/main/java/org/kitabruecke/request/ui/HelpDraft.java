package org.kitabruecke.request.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.privacy.ConsentRecord;
import org.kitabruecke.request.Children;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.OptionalAnswer;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Urgency;
import org.kitabruecke.ui.AnsweredSteps;
import org.kitabruecke.ui.ContactAnswers;
import org.kitabruecke.ui.Drafts;
import org.kitabruecke.ui.KeptDraft;

/**
 * A parent's answers while going through the help pages, kept in the browser session on the server and, for a
 * restart of the portal, encrypted in {@link Drafts}: they survive going back, reloading, switching the language and a
 * redeploy, and are forgotten once the request is sent or the draft expires. Each page writes here as soon as
 * something is ticked or typed, and keeps the whole draft when the parent goes on.
 */
@SpringComponent
@VaadinSessionScope
class HelpDraft extends KeptDraft<HelpStep> {

    private static final long serialVersionUID = 1L;

    static final int BABY = 0;
    static final int TODDLER = 1;
    static final int PRESCHOOL = 2;

    private final AnsweredSteps<HelpStep> steps = new AnsweredSteps<>(HelpStep.class);
    private final EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
    private @Nullable Urgency urgency;
    private final int[] children = new int[3];
    private @Nullable Long kitaId;
    private @Nullable Long districtId;
    private final ContactAnswers contact = new ContactAnswers();
    private String callTimes = "";
    private boolean noVoicemail;
    private boolean noEmail;
    private String message = "";
    private @Nullable Receipt receipt;
    private @Nullable SentSummary sent;

    HelpDraft(Drafts drafts) {
        super(drafts, Drafts.HELP);
    }

    /** What the confirmation page says about the request just sent, after the answers are forgotten. */
    record SentSummary(Urgency urgency, @Nullable String phone, @Nullable String email, boolean mailSent,
                       String contactLanguage, boolean interpreter) implements Serializable {
    }

    @Override
    public AnsweredSteps<HelpStep> steps() {
        return steps;
    }

    /**
     * The request as the parent answered it. The safe-contact page offers only "please don't" boxes: a tick is a no,
     * no tick (or the page passed by) says nothing either way and is sent as not answered, never as "ok".
     */
    NewHelpRequest toRequest(String pageLanguage, ConsentRecord consent) {
        return new NewHelpRequest(RequestSource.PARENT, topics, urgency == null ? Urgency.QUESTION : urgency,
                new Children(children[BABY], children[TODDLER], children[PRESCHOOL]), kitaId, districtId,
                contact.phoneNumber(), contact.emailAddress(), ContactLanguage.of(contact.languageOr(pageLanguage)),
                pageLanguage,
                contact.needsInterpreter(), callTimes.isBlank() ? null : callTimes.strip(),
                noVoicemail ? OptionalAnswer.NO : OptionalAnswer.NOT_ANSWERED,
                noEmail ? OptionalAnswer.NO : OptionalAnswer.NOT_ANSWERED,
                message.isBlank() ? null : message.strip(), consent);
    }

    /** Forgets every answer and keeps only what the confirmation page shows. */
    void sent(Receipt receipt, SentSummary summary) {
        clear();
        forget();
        this.receipt = receipt;
        this.sent = summary;
    }

    void clear() {
        steps.clear();
        topics.clear();
        urgency = null;
        Arrays.fill(children, 0);
        kitaId = null;
        districtId = null;
        contact.clear();
        callTimes = "";
        noVoicemail = false;
        noEmail = false;
        message = "";
        receipt = null;
        sent = null;
    }

    ContactAnswers contact() {
        return contact;
    }

    Set<Topic> topics() {
        return Set.copyOf(topics);
    }

    void topics(Set<Topic> chosen) {
        topics.clear();
        topics.addAll(chosen);
    }

    @Nullable Urgency urgency() {
        return urgency;
    }

    void urgency(@Nullable Urgency chosen) {
        urgency = chosen;
    }

    int children(int band) {
        return children[band];
    }

    void children(int band, int count) {
        children[band] = count;
    }

    int childrenTotal() {
        return children[BABY] + children[TODDLER] + children[PRESCHOOL];
    }

    @Nullable Long kitaId() {
        return kitaId;
    }

    void kitaId(@Nullable Long id) {
        kitaId = id;
    }

    @Nullable Long districtId() {
        return districtId;
    }

    void districtId(@Nullable Long id) {
        districtId = id;
    }

    String callTimes() {
        return callTimes;
    }

    void callTimes(String typed) {
        callTimes = typed;
    }

    boolean noVoicemail() {
        return noVoicemail;
    }

    void noVoicemail(boolean chosen) {
        noVoicemail = chosen;
    }

    boolean noEmail() {
        return noEmail;
    }

    void noEmail(boolean chosen) {
        noEmail = chosen;
    }

    String message() {
        return message;
    }

    /** The parent's own words, kept while they are typed: a long message must not be lost to a restart. */
    void message(String typed) {
        message = typed;
        keep();
    }

    Optional<Receipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    Optional<SentSummary> sentSummary() {
        return Optional.ofNullable(sent);
    }
}
