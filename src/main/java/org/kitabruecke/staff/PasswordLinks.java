package org.kitabruecke.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kitabruecke.staff.internal.PasswordLinkStore;
import org.kitabruecke.staff.internal.StaffAccount;
import org.kitabruecke.staff.internal.StaffAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-password links: the only way a password is given to an account by someone else (nobody types another
 * person's password). Single use, valid for {@code kitabruecke.staff.set-password-valid-for}, replaced by a newer
 * one, useless once the account is deactivated. The token never reaches a log or the audit trail.
 */
@Service
public class PasswordLinks {

    private final StaffAccountRepository accounts;
    private final PasswordLinkStore links;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;

    PasswordLinks(StaffAccountRepository accounts, PasswordLinkStore links, PasswordRules rules,
                  PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
                  @Value("${kitabruecke.staff.set-password-valid-for:P2D}") Duration validFor) {
        this.accounts = accounts;
        this.links = links;
        this.rules = rules;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }

    /**
     * Makes the token of a requested link, as its mail is written (in the mail's transaction: a mail that fails
     * leaves no working link). Empty if the link was replaced or used meanwhile, or its account cannot have one.
     */
    @Transactional
    public Optional<IssuedLink> issue(long linkId) {
        Optional<StaffAccount> account = links.openAccountOf(linkId).flatMap(accounts::findById)
                .filter(StaffAccount::enabled).filter(found -> found.email() != null);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant expires = clock.instant().plus(validFor);
        String token = links.issue(linkId, expires);
        StaffAccount owner = account.get();
        return Optional.of(new IssuedLink(Objects.requireNonNull(owner.email()), owner.username(),
                owner.displayName(), token, expires));
    }

    /** Whether the link can be used now. */
    @Transactional(readOnly = true)
    public LinkState state(String token) {
        return links.byToken(token).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /** The account's name behind a valid link, to greet its owner on the page. */
    @Transactional(readOnly = true)
    public Optional<String> username(String token) {
        return links.byToken(token).filter(link -> state(link) == LinkState.VALID)
                .flatMap(link -> accounts.findById(link.accountId())).map(StaffAccount::username);
    }

    /** Sets the password through the link, once; every session of the account ends. */
    @Transactional
    public PasswordResult setPassword(String token, String password, String repeated) {
        var link = links.byToken(token);
        LinkState state = link.map(this::state).orElse(LinkState.UNKNOWN);
        if (link.isEmpty() || state != LinkState.VALID) {
            return new PasswordResult.LinkNotValid(state);
        }
        StaffAccount account = accounts.findById(link.get().accountId()).orElseThrow();
        Optional<PasswordProblem> problem = rules.check(password, account.username());
        if (problem.isEmpty() && !PasswordRules.normalized(password).equals(PasswordRules.normalized(repeated))) {
            problem = Optional.of(PasswordProblem.NOT_REPEATED);
        }
        if (problem.isPresent()) {
            return new PasswordResult.Refused(problem.get());
        }
        if (!links.use(link.get().id(), clock.instant())) {
            return new PasswordResult.LinkNotValid(LinkState.USED);
        }
        account.newPasswordHash(encoder.encode(password));
        events.publishEvent(new AccountChanged(account.username(), Objects.requireNonNull(account.id()),
                account.username(), AccountChange.PASSWORD_SET, "with link #" + link.get().id()));
        return new PasswordResult.Done(account.username());
    }

    private LinkState state(PasswordLinkStore.Link link) {
        if (link.usedAt() != null) {
            return LinkState.USED;
        }
        boolean active = accounts.findById(link.accountId()).map(StaffAccount::enabled).orElse(false);
        if (link.revokedAt() != null || link.expiresAt() == null || !link.expiresAt().isAfter(clock.instant())
                || !active) {
            return LinkState.EXPIRED;
        }
        return LinkState.VALID;
    }
}
