package org.kitabruecke.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.ConnectionLimit;
import org.kitabruecke.RetryingTransactions;
import org.kitabruecke.SharedBuckets;
import org.kitabruecke.request.internal.ConfirmationPins;
import org.kitabruecke.request.internal.HelpRequest;
import org.kitabruecke.request.internal.HelpRequestRepository;
import org.kitabruecke.request.internal.RequestMetrics;
import org.kitabruecke.request.internal.StatusLookupLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families' requests for help: submitting one, and looking up its state with reference code and PIN.
 */
@Service
public class HelpRequests {

    private final HelpRequestRepository requests;
    private final StatusLookupLimiter limiter;
    private final ConfirmationPins confirmationPins;
    /** Help requests per connection: a family writing twice, or a shelter's shared connection, but not a flood. */
    private final ConnectionLimit submissions;
    private final RetryingTransactions transactions;
    private final BotChecks botChecks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestMetrics metrics;
    private final PasswordEncoder pins = new BCryptPasswordEncoder();
    private final RandomGenerator random = new SecureRandom();
    /** Compared against when a code does not exist, so that a wrong code takes as long as a wrong PIN. */
    private final String decoyHash = pins.encode("000000");

    HelpRequests(HelpRequestRepository requests, StatusLookupLimiter limiter, ConfirmationPins confirmationPins,
                 ApplicationEventPublisher events, Clock clock, BotChecks botChecks, SharedBuckets buckets,
                 RetryingTransactions transactions, RequestMetrics metrics) {
        this.metrics = metrics;
        this.submissions = ConnectionLimit.perHourAndDay(buckets, "help-requests", 6, 20);
        this.transactions = transactions;
        this.requests = requests;
        this.limiter = limiter;
        this.confirmationPins = confirmationPins;
        this.botChecks = botChecks;
        this.events = events;
        this.clock = clock;
    }

    /** A new puzzle for the parent's browser to solve before it may submit; see {@link BotChecks}. */
    public BotCheck newBotCheck(String client) {
        return botChecks.issue(client);
    }

    /**
     * A request from the public form: stored only if the browser solved the puzzle and the connection has not sent
     * too many requests lately ({@code client} identifies it). The checks count outside the request's transaction
     * (they take connections of their own), which is repeated if MariaDB resolves a conflict by rolling it back.
     */
    public Submission submitFromParent(NewHelpRequest submitted, BotCheck check, long solution, String client) {
        if (submitted.source() != RequestSource.PARENT) {
            throw new IllegalArgumentException("The public form submits for parents only");
        }
        if (!botChecks.accept(check, solution, client)) {
            return new Submission.BotCheckFailed();
        }
        if (!submissions.tryTake(client)) {
            return new Submission.TooManyRequests();
        }
        return new Submission.Accepted(transactions.inTransaction(() -> submit(submitted)));
    }

    /**
     * Stores the request and, in the same transaction, the event that sends the confirmation mail after commit (and,
     * for an urgent request, the one that alerts the team): if the mail server is down, the request is saved all
     * the same and the mails follow later.
     */
    @Transactional
    public Receipt submit(NewHelpRequest submitted) {
        return submit(submitted, null);
    }

    /** As {@link #submit(NewHelpRequest)}; a Kita's request names the Kita account that forwarded it. */
    @Transactional
    public Receipt submit(NewHelpRequest submitted, @Nullable String forwardedBy) {
        ReferenceCode code;
        do {
            code = ReferenceCode.random(random);
        } while (requests.existsByReferenceCode(code.value()));
        Pin pin = Pin.random(random);
        var created = new HelpRequest(code, pins.encode(pin.digits()), submitted, clock.instant());
        if (forwardedBy != null) {
            created.forwardedBy(forwardedBy);
        }
        HelpRequest request = requests.save(created);
        events.publishEvent(new HelpRequestSubmitted(request.id(), code));
        if (submitted.urgency() == Urgency.URGENT) {
            events.publishEvent(new UrgentRequestReceived(request.id(), request.createdAt()));
        }
        metrics.received(submitted.source(), submitted.urgency() == Urgency.URGENT);
        if (request.mailAddress() != null) {
            confirmationPins.keep(request.id(), pin.digits(), clock.instant());
        }
        return new Receipt(code, pin);
    }

    /**
     * The state for a code and PIN as typed by a parent; {@code client} identifies the device for rate limits. No
     * transaction around it: the limits are counted in transactions of their own before anything is read.
     */
    public StatusLookup status(String typedCode, String typedPin, String client) {
        Optional<ReferenceCode> code = ReferenceCode.parse(typedCode);
        if (!limiter.tryAttempt(client, code.map(ReferenceCode::value).orElse(typedCode))) {
            return new StatusLookup.TooManyAttempts();
        }
        Optional<Pin> pin = Pin.parse(typedPin);
        Optional<HelpRequest> request = code.flatMap(c -> requests.findByReferenceCode(c.value()));
        boolean pinMatches = pins.matches(pin.map(Pin::digits).orElse(""),
                request.map(HelpRequest::pinHash).orElse(decoyHash));
        if (request.isEmpty() || pin.isEmpty() || !pinMatches) {
            return new StatusLookup.NotFound();
        }
        return new StatusLookup.Found(request.get().status(), request.get().appointmentAt());
    }

    /** The request behind a reference code as staff type it, e.g. to link a booking to it. Staff only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public Optional<Long> idOf(String typedCode) {
        return ReferenceCode.parse(typedCode).flatMap(code -> requests.findByReferenceCode(code.value()))
                .map(HelpRequest::id);
    }

    /** The reference code of a request, for staff lists. Staff only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public Optional<String> referenceCodeOf(long requestId) {
        return requests.findById(requestId).map(HelpRequest::referenceCode);
    }

    /** What the quarterly figures count of a new request: topics, where, language. Nothing personal. */
    @Transactional(readOnly = true)
    public Optional<RequestFacts> factsOf(long requestId) {
        return requests.findById(requestId).map(HelpRequest::details).map(details -> new RequestFacts(
                details.topics(), details.districtId(), details.kitaId(), details.contactLanguage().code(),
                details.receivedAt()));
    }

    /** The reference code for a mail to the family (no role: the mail is written after the staff's commit). */
    @Transactional(readOnly = true)
    public String referenceCodeForMail(long requestId) {
        return requests.findById(requestId).map(HelpRequest::referenceCode).orElse("");
    }

    /**
     * The PIN for the confirmation mail, while that mail has not gone out; empty once it has, once it was given up
     * on ({@link #forgetConfirmationPin}), and for requests that cannot be written to.
     */
    @Transactional(readOnly = true)
    public Optional<Pin> pinForConfirmation(long requestId) {
        return confirmationPins.of(requestId).map(Pin::new);
    }

    /** Deletes the PIN kept for the confirmation mail: the mail went out, or will not. */
    @Transactional
    public void forgetConfirmationPin(long requestId) {
        confirmationPins.forget(requestId);
    }

    /** Where to send mail about a request, if the family gave an address and did not object to e-mail. */
    @Transactional(readOnly = true)
    public Optional<MailContact> mailContact(long requestId) {
        return requests.findById(requestId)
                .flatMap(request -> Optional.ofNullable(request.mailAddress())
                        .map(address -> new MailContact(address, request.contactLanguage(), request.pageLanguage())));
    }
}
