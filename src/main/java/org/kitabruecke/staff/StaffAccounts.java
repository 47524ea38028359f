package org.kitabruecke.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kitabruecke.staff.internal.StaffAccount;
import org.kitabruecke.staff.internal.StaffAccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is logged in, and who can be given a request. The Kita a Kita account acts for comes from its account, never
 * from a page: a Kita can only ever forward for, and see, its own.
 */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

    private final StaffAccountRepository accounts;

    StaffAccounts(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The staff member of this request, if logged in with an enabled account. */
    public Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsername(authentication.getName()).filter(StaffAccount::enabled)
                .map(StaffAccounts::member);
    }

    /** The social workers a request can be assigned to, by display name. */
    public List<StaffMember> socialWorkers() {
        return accounts.findAll().stream()
                .filter(account -> account.enabled() && account.role() == StaffRole.SOCIAL_WORKER)
                .map(StaffAccounts::member)
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /**
     * The name a person knows an account by (its display name, e.g. the Kita's or the colleague's name), for an
     * account named in a record, such as the one that forwarded a request; the user name if it has none.
     */
    public String displayName(String username) {
        return accounts.findByUsername(username).map(StaffAccount::displayName)
                .filter(name -> !name.isBlank()).orElse(username);
    }

    private static StaffMember member(StaffAccount account) {
        return new StaffMember(account.username(), account.displayName(), account.role(), account.kitaId());
    }
}
