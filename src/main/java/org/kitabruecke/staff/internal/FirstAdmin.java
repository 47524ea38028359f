package org.kitabruecke.staff.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.staff.AccountAdministration;
import org.kitabruecke.staff.AccountChange;
import org.kitabruecke.staff.AccountChanged;
import org.kitabruecke.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first admin of a fresh production database: started once with {@code --kitabruecke.first-admin=<name>} and
 * {@code --kitabruecke.first-admin-email=<address>} (or KITABRUECKE_FIRST_ADMIN, KITABRUECKE_FIRST_ADMIN_EMAIL), the
 * portal creates that one ADMIN account without a password and prints a set-password link to standard output —
 * once, not through the logger, so that no log file keeps it. Nothing happens while an active admin with a password
 * exists; an admin made this way who never used the link gets a new link (the old one stops working). There is no
 * default name and no default password. See README, "First admin".
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccountRepository accounts;
    private final PasswordLinkStore links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final String username;
    private final String email;
    private final String publicUrl;
    private final TransactionTemplate transactions;

    FirstAdmin(StaffAccountRepository accounts, PasswordLinkStore links, ApplicationEventPublisher events, Clock clock,
               PlatformTransactionManager transactionManager,
               @Value("${kitabruecke.staff.set-password-valid-for:P2D}") Duration validFor,
               @Value("${kitabruecke.first-admin:}") String username,
               @Value("${kitabruecke.first-admin-email:}") String email,
               @Value("${kitabruecke.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
        this.username = username.strip();
        this.email = email.strip();
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!username.isEmpty()) {
            create(username, email, System.out);
        }
    }

    /** Creates the first admin (or renews its link) and prints the link to {@code console}; says why not else. */
    boolean create(String name, String address, PrintStream console) {
        String link = transactions.execute(status -> createInTransaction(name, address, console));
        if (link == null) {
            return false;
        }
        // standard output, not the logger: no log file may keep a working link. Printed after the commit only.
        console.println();
        console.println("=== Kita-Brücke: first admin \"" + name + "\" ===");
        console.println("Set the password within " + validFor.toHours() + " hours (the link works once):");
        console.println(link);
        console.println();
        console.flush();
        LOG.info("kitabruecke.first-admin: admin {} ready, set-password link printed to standard output (once)", name);
        return true;
    }

    private @Nullable String createInTransaction(String name, String address, PrintStream console) {
        Optional<EmailAddress> mail = EmailAddress.parse(address);
        if (!AccountAdministration.USERNAME.matcher(name).matches() || mail.isEmpty()) {
            say(console, "kitabruecke.first-admin: needs a user name (letters, digits, . _ -) and "
                    + "kitabruecke.first-admin-email, a valid e-mail address. Nothing was created.");
            return null;
        }
        var admins = accounts.lockActive(StaffRole.ADMIN);
        if (admins.stream().anyMatch(StaffAccount::hasPassword)) {
            say(console, "kitabruecke.first-admin: an active admin exists already; nothing was created. "
                    + "Admins create further accounts on /admin/accounts. Remove the option.");
            return null;
        }
        Optional<StaffAccount> existing = accounts.findByUsername(name);
        if (existing.isPresent() && !(existing.get().role() == StaffRole.ADMIN && existing.get().enabled())) {
            say(console, "kitabruecke.first-admin: the name " + name + " belongs to another account; "
                    + "nothing was created.");
            return null;
        }
        StaffAccount admin = existing.orElseGet(() -> accounts.save(new StaffAccount(name, name,
                mail.get().value(), StaffRole.ADMIN, null)));
        long accountId = Objects.requireNonNull(admin.id());
        Instant now = clock.instant();
        long link = links.request(accountId, "system", now);
        String token = links.issue(link, now.plus(validFor));
        events.publishEvent(new AccountChanged("system", accountId, admin.username(),
                existing.isPresent() ? AccountChange.LINK_SENT : AccountChange.FIRST_ADMIN,
                "link #" + link + " printed to the console"));
        return publicUrl + "/set-password?token=" + token;
    }

    private static void say(PrintStream console, String message) {
        console.println(message);
        LOG.warn(message);
    }
}
