package org.kitabruecke.staff;

import java.util.Objects;
import java.util.Optional;
import org.kitabruecke.staff.internal.AccountSessionFilter;
import org.kitabruecke.staff.internal.StaffAccount;
import org.kitabruecke.staff.internal.StaffAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A logged-in staff member changes their own password: the current one first, the new one twice. This session
 * stays; every other session of the account ends at its next request ({@link AccountSessionFilter}).
 */
@Service
public class OwnPassword {

    private final StaffAccountRepository accounts;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    OwnPassword(StaffAccountRepository accounts, PasswordRules rules, PasswordEncoder encoder,
                ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PasswordResult change(String current, String password, String repeated) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        StaffAccount account = accounts.findByUsername(username).filter(StaffAccount::enabled).orElseThrow();
        if (!encoder.matches(current, account.passwordHash())) {
            return new PasswordResult.WrongCurrent();
        }
        Optional<PasswordProblem> problem = rules.check(password, account.username());
        if (problem.isEmpty() && !PasswordRules.normalized(password).equals(PasswordRules.normalized(repeated))) {
            problem = Optional.of(PasswordProblem.NOT_REPEATED);
        }
        if (problem.isPresent()) {
            return new PasswordResult.Refused(problem.get());
        }
        account.newPasswordHash(encoder.encode(password));
        // this session goes on under the new generation; the account's other sessions end
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(AccountSessionFilter.GENERATION, account.sessionsGeneration(),
                    RequestAttributes.SCOPE_SESSION);
        }
        events.publishEvent(new AccountChanged(account.username(), Objects.requireNonNull(account.id()),
                account.username(), AccountChange.PASSWORD_CHANGED, ""));
        return new PasswordResult.Done(account.username());
    }
}
