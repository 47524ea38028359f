package org.kitabruecke.staff.internal;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.staff.StaffAccountFromDirectory;
import org.kitabruecke.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff account of a directory user, kept as the directory says at every sign-in: created at the first one
 * (origin LDAP, no local password), then display name, address and role updated each time. A deactivated account
 * stays refused whatever the directory says.
 */
@Component
class DirectoryAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryAccounts.class);

    private final StaffAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DirectoryAccounts(StaffAccountRepository accounts, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether this name belongs to a local account: then only its own password counts, the directory is not asked. */
    @Transactional(readOnly = true)
    public boolean isLocal(String loginName) {
        return accounts.findByUsername(loginName).filter(a -> a.origin() == StaffAccount.Origin.LOCAL).isPresent();
    }

    /**
     * The account of a person the directory just accepted, created or brought up to date. Refused (and then left as
     * it was) when deactivated or in no group of a role; a Kita account without Kita is kept, so that an admin can
     * set its Kita, but refused until then.
     */
    @Transactional(noRollbackFor = DirectoryAccountNotSetUp.class)
    public StaffAccount signedIn(String loginName, DirectoryPerson person, DirectoryLdapSettings.Roles roles) {
        Optional<StaffAccount> existing = accounts.findByUsername(loginName);
        if (existing.isPresent() && !existing.get().enabled()) {
            throw new DisabledException("Deactivated staff account");
        }
        StaffRole role = roles.of(person.groups())
                .orElseThrow(() -> new DirectoryAccountNotSetUp("In no directory group of a portal role"));
        StaffAccount account = existing.orElseGet(() -> StaffAccount.fromDirectory(loginName));
        StaffRole roleBefore = existing.map(StaffAccount::role).orElse(null);
        Long kitaBefore = account.kitaId();
        account.takeFromDirectory(clip(person.displayName(), 160), email(person.email()), role,
                role == StaffRole.KITA_STAFF ? kita(person.kitaNumber()) : null);
        account = accounts.save(account);
        if (existing.isEmpty() || role != roleBefore || !Objects.equals(kitaBefore, account.kitaId())) {
            events.publishEvent(new StaffAccountFromDirectory(account.username(), Objects.requireNonNull(account.id()),
                    (existing.isEmpty() ? "created from directory: " : "changed by directory: ") + "role " + role
                            + (account.kitaId() == null ? "" : ", Kita " + account.kitaId())));
        }
        if (role == StaffRole.KITA_STAFF && account.kitaId() == null) {
            throw new DirectoryAccountNotSetUp("Kita account without a Kita");
        }
        return account;
    }

    /**
     * The Kita named by the directory: its number in the portal (as in the address of its page,
     * {@code /contacts/kita/7}). A value that names no Kita is ignored (and logged), the admin's choice stays.
     */
    private @Nullable Long kita(@Nullable String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(number.strip());
            // the directory module owns Kitas, but depends on staff for its pages: a look at the table, no import
            Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM kita WHERE id = ?", Integer.class, id);
            if (found != null && found > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // logged below
        }
        LOG.warn("The directory names a Kita the portal does not know; the account keeps its Kita");
        return null;
    }

    private static @Nullable String email(@Nullable String email) {
        return email == null || email.isBlank() || email.strip().length() > 254 ? null : email.strip();
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
