package org.kitabruecke.contact;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/**
 * An e-mail address we can write to: one plain address (no display name), a domain with a dot, at most 254
 * characters. Checked with Jakarta Mail's strict RFC 822 parser; whether the mailbox exists only a mail can tell.
 */
public record EmailAddress(@JsonValue String value) {

    public static final int MAX = 254;

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
    }

    /** What a parent typed, without surrounding spaces, if it is a usable address. */
    public static Optional<EmailAddress> parse(String typed) {
        String candidate = typed.strip();
        return isValid(candidate) ? Optional.of(new EmailAddress(candidate)) : Optional.empty();
    }

    private static boolean isValid(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX || candidate.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var address = new InternetAddress(candidate, true);
            address.validate();
            String plain = address.getAddress();
            int at = plain.lastIndexOf('@');
            return plain.equals(candidate) && at > 0 && plain.indexOf('.', at) > at + 1 && !plain.endsWith(".");
        } catch (AddressException invalid) {
            return false;
        }
    }
}
