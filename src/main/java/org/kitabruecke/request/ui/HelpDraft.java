package org.kitabruecke.request.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.request.NewHelpRequest;
import org.kitabruecke.request.PhoneNumber;
import org.kitabruecke.request.Receipt;
import org.kitabruecke.request.RequestSource;
import org.kitabruecke.request.Topic;
import org.kitabruecke.request.Urgency;

/**
 * A parent's answers while going through the help pages, kept in the browser session on the server and nowhere
 * else: they survive going back, reloading and switching the language, and are forgotten once the request is sent
 * or the session ends. Each page writes here as soon as something is ticked or typed.
 */
@SpringComponent
@VaadinSessionScope
class HelpDraft implements Serializable {

    static final int BABY = 0;
    static final int TODDLER = 1;
    static final int PRESCHOOL = 2;

    private final EnumSet<HelpStep> answered = EnumSet.noneOf(HelpStep.class);
    private final EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
    private @Nullable Urgency urgency;
    private final int[] children = new int[3];
    private @Nullable Long kitaId;
    private @Nullable Long districtId;
    private String phone = "";
    private String email = "";
    private @Nullable String contactLanguage;
    private @Nullable Boolean interpreter;
    private String callTimes = "";
    private boolean noVoicemail;
    private boolean noEmail;
    private String message = "";
    private @Nullable Receipt receipt;
    private @Nullable SentSummary sent;

    /** What the confirmation page says about the request just sent, after the answers are forgotten. */
    record SentSummary(Urgency urgency, @Nullable String phone, @Nullable String email, boolean mailSent,
                       String contactLanguage, boolean interpreter) implements Serializable {
    }

    /** The first page before {@code step} that has not been answered yet, if any. */
    Optional<HelpStep> firstOpenBefore(HelpStep step) {
        for (HelpStep earlier : HelpStep.values()) {
            if (earlier.ordinal() >= step.ordinal()) {
                break;
            }
            if (!answered.contains(earlier)) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    void answered(HelpStep step) {
        answered.add(step);
    }

    boolean allAnswered() {
        return firstOpenBefore(HelpStep.CHECK).isEmpty();
    }

    NewHelpRequest toRequest(String pageLanguage, String consentVersion) {
        String e164 = PhoneNumber.parse(phone).map(PhoneNumber::e164).orElse(null);
        return new NewHelpRequest(RequestSource.PARENT, topics, urgency == null ? Urgency.QUESTION : urgency,
                children[BABY], children[TODDLER], children[PRESCHOOL], kitaId, districtId,
                e164, email.isBlank() ? null : email.strip(),
                contactLanguage == null ? pageLanguage : contactLanguage, pageLanguage,
                Boolean.TRUE.equals(interpreter), callTimes.isBlank() ? null : callTimes.strip(),
                noVoicemail, noEmail, message.isBlank() ? null : message.strip(), consentVersion);
    }

    /** Forgets every answer and keeps only what the confirmation page shows. */
    void sent(Receipt receipt, SentSummary summary) {
        clear();
        this.receipt = receipt;
        this.sent = summary;
    }

    void clear() {
        answered.clear();
        topics.clear();
        urgency = null;
        Arrays.fill(children, 0);
        kitaId = null;
        districtId = null;
        phone = "";
        email = "";
        contactLanguage = null;
        interpreter = null;
        callTimes = "";
        noVoicemail = false;
        noEmail = false;
        message = "";
        receipt = null;
        sent = null;
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

    String phone() {
        return phone;
    }

    void phone(String typed) {
        phone = typed;
    }

    String email() {
        return email;
    }

    void email(String typed) {
        email = typed;
    }

    @Nullable String contactLanguage() {
        return contactLanguage;
    }

    void contactLanguage(@Nullable String code) {
        contactLanguage = code;
    }

    @Nullable Boolean interpreter() {
        return interpreter;
    }

    void interpreter(@Nullable Boolean needed) {
        interpreter = needed;
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

    void message(String typed) {
        message = typed;
    }

    Optional<Receipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    Optional<SentSummary> sentSummary() {
        return Optional.ofNullable(sent);
    }
}
