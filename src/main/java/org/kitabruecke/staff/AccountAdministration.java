package org.kitabruecke.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.staff.internal.PasswordLinkStore;
import org.kitabruecke.staff.internal.StaffAccount;
import org.kitabruecke.staff.internal.StaffAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins run the staff accounts: create, change role and Kita, deactivate and reactivate (never delete: the audit
 * trail names them), send a set-password link. An admin cannot take their own admin role or deactivate themselves,
 * and every change locks the active admins' rows first, so that two admins demoting each other at the same moment
 * cannot leave the city without one. Every change is published as {@link AccountChanged} for the audit trail.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** Letters and digits of any script, dot, hyphen, underscore. */
    public static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,80}");

    private final StaffAccountRepository accounts;
    private final PasswordLinkStore links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration linkValidFor;

    AccountAdministration(StaffAccountRepository accounts, PasswordLinkStore links, ApplicationEventPublisher events,
                          Clock clock, @Value("${kitabruecke.staff.set-password-valid-for:P2D}") Duration linkValidFor) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.linkValidFor = linkValidFor;
    }

    /** How long a set-password link works. */
    public Duration linkValidFor() {
        return linkValidFor;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAll().stream().map(AccountAdministration::summary)
                .sorted(Comparator.comparing(AccountSummary::username, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public AccountResult create(NewAccount account) {
        String username = account.username().strip();
        Optional<AccountProblem> problem = !USERNAME.matcher(username).matches()
                ? Optional.of(AccountProblem.USERNAME_INVALID)
                : accounts.findByUsername(username).isPresent() ? Optional.of(AccountProblem.USERNAME_TAKEN)
                : account.displayName().isBlank() ? Optional.of(AccountProblem.DISPLAY_NAME_MISSING)
                : EmailAddress.parse(account.email()).isEmpty() ? Optional.of(AccountProblem.EMAIL_INVALID)
                : kitaProblem(account.role(), account.kitaId());
        if (problem.isPresent()) {
            return new AccountResult.Refused(problem.get());
        }
        var created = accounts.save(new StaffAccount(username, account.displayName().strip(),
                EmailAddress.parse(account.email()).orElseThrow().value(), account.role(), kitaOf(account.role(),
                account.kitaId())));
        publish(created, AccountChange.CREATED, account.role() + kitaDetail(created.kitaId()));
        return new AccountResult.Done(Objects.requireNonNull(created.id()));
    }

    @Transactional
    public AccountResult changeRole(long accountId, StaffRole role, @Nullable Long kitaId) {
        lockAdminsAndCheckStillOne();
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        if (isMe(account) && role != account.role()) {
            return new AccountResult.Refused(AccountProblem.OWN_ACCOUNT);
        }
        Optional<AccountProblem> problem = kitaProblem(role, kitaId);
        if (problem.isPresent()) {
            return new AccountResult.Refused(problem.get());
        }
        String before = account.role() + kitaDetail(account.kitaId());
        account.changeRole(role, kitaOf(role, kitaId));
        String after = account.role() + kitaDetail(account.kitaId());
        if (!before.equals(after)) {
            publish(account, AccountChange.ROLE_CHANGED, before + " -> " + after);
        }
        return new AccountResult.Done(accountId);
    }

    @Transactional
    public AccountResult changeEmail(long accountId, String email) {
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            return new AccountResult.Refused(AccountProblem.EMAIL_INVALID);
        }
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        if (!address.get().value().equals(account.email())) {
            account.changeEmail(address.get().value());
            publish(account, AccountChange.EMAIL_CHANGED, "");
        }
        return new AccountResult.Done(accountId);
    }

    /** Deactivated accounts cannot log in; their sessions end at their next request, their links stop working. */
    @Transactional
    public AccountResult deactivate(long accountId) {
        lockAdminsAndCheckStillOne();
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        if (isMe(account)) {
            return new AccountResult.Refused(AccountProblem.OWN_ACCOUNT);
        }
        if (account.enabled()) {
            account.deactivate();
            links.revokeOpen(accountId, clock.instant());
            publish(account, AccountChange.DEACTIVATED, account.role().name());
        }
        return new AccountResult.Done(accountId);
    }

    @Transactional
    public AccountResult reactivate(long accountId) {
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        if (!account.enabled()) {
            account.reactivate();
            publish(account, AccountChange.REACTIVATED, account.role().name());
        }
        return new AccountResult.Done(accountId);
    }

    /** Sends the account's owner a new set-password link by mail (through the outbox); older links stop working. */
    @Transactional
    public AccountResult sendPasswordLink(long accountId) {
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        if (account.origin() == StaffAccount.Origin.LDAP) {
            // the page never offers it: a local password could never be used, the directory checks it
            throw new IllegalArgumentException("A directory account's password is set in the directory");
        }
        if (!account.enabled()) {
            return new AccountResult.Refused(AccountProblem.INACTIVE);
        }
        if (account.email() == null) {
            return new AccountResult.Refused(AccountProblem.NO_EMAIL);
        }
        long link = links.request(accountId, actor(), clock.instant());
        publish(account, AccountChange.LINK_SENT, "link #" + link);
        events.publishEvent(new PasswordLinkRequested(link));
        return new AccountResult.Done(accountId);
    }

    /**
     * Locks the active admins' rows; the caller must still be one of them. So when two admins take each other's
     * role at the same moment, the second waits for the first and is then refused: one admin always remains.
     */
    private void lockAdminsAndCheckStillOne() {
        if (accounts.lockActive(StaffRole.ADMIN).stream().noneMatch(this::isMe)) {
            throw new AccessDeniedException("No longer an active admin");
        }
    }

    private Optional<AccountProblem> kitaProblem(StaffRole role, @Nullable Long kitaId) {
        return role == StaffRole.KITA_STAFF && kitaId == null ? Optional.of(AccountProblem.KITA_MISSING)
                : Optional.empty();
    }

    private static @Nullable Long kitaOf(StaffRole role, @Nullable Long kitaId) {
        return role == StaffRole.KITA_STAFF ? kitaId : null;
    }

    private static String kitaDetail(@Nullable Long kitaId) {
        return kitaId == null ? "" : " kita #" + kitaId;
    }

    private boolean isMe(StaffAccount account) {
        return account.username().equals(actor());
    }

    private void publish(StaffAccount account, AccountChange change, String detail) {
        events.publishEvent(new AccountChanged(actor(), Objects.requireNonNull(account.id()), account.username(),
                change, detail));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static AccountSummary summary(StaffAccount account) {
        return new AccountSummary(Objects.requireNonNull(account.id()), account.username(), account.displayName(),
                account.email(), account.role(), account.kitaId(), account.enabled(), account.hasPassword(),
                account.origin() == StaffAccount.Origin.LDAP);
    }
}
