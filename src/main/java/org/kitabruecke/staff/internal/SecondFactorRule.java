package org.kitabruecke.staff.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.kitabruecke.staff.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who owes a code after the password: every account that has a second factor, and every account of a role in
 * {@code kitabruecke.staff.second-factor.required-for} (which then has to enrol first). A session that gave only the
 * password is not signed in at all (see {@link RoleHomeAfterLogin}); after the code its authentication carries the
 * factor authority {@link #TOTP_FACTOR} beside {@code FACTOR_PASSWORD}.
 */
@Component
public class SecondFactorRule {

    /** The factor authority of a session that gave a TOTP or recovery code (Spring Security 7's naming). */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    /** What a correct password leads to. */
    public enum Next { SIGNED_IN, CODE, ENROL }

    private final Set<StaffRole> requiredFor;
    private final SecondFactorRecords records;

    SecondFactorRule(@Value("${kitabruecke.staff.second-factor.required-for:SOCIAL_WORKER,ADMIN}") String requiredFor,
                     SecondFactorRecords records) {
        this.records = records;
        this.requiredFor = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(requiredFor.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(StaffRole::valueOf).forEach(this.requiredFor::add);
    }

    public boolean requiredFor(StaffRole role) {
        return requiredFor.contains(role);
    }

    /** Where a correct password leads this authentication. */
    public Next afterPassword(Authentication authentication) {
        if (hasCode(authentication)) {
            return Next.SIGNED_IN;
        }
        var account = records.accountId(authentication.getName());
        if (account.isPresent() && records.factor(account.get()).isPresent()) {
            return Next.CODE;
        }
        boolean required = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> requiredFor.stream().anyMatch(role -> ("ROLE_" + role.name()).equals(authority)));
        return required ? Next.ENROL : Next.SIGNED_IN;
    }

    /** Whether this (correct) authentication still owes its second factor. */
    public boolean owesCode(Authentication authentication) {
        return afterPassword(authentication) != Next.SIGNED_IN;
    }

    private static boolean hasCode(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> TOTP_FACTOR.equals(a.getAuthority()));
    }
}
