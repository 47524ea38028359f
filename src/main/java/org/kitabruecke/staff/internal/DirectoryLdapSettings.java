package org.kitabruecke.staff.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.staff.StaffRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in against the city's LDAP / Active Directory, {@code kitabruecke.directory.ldap.*} (application.properties
 * says what each one means). Off while {@code url} is empty.
 *
 * @param url           {@code ldap://} or {@code ldaps://} address of the directory; empty: directory sign-in off
 * @param base          the base DN every other DN here is relative to, e.g. {@code dc=ruhrstadt,dc=example}
 * @param userDnPattern where a login name's entry is, e.g. {@code uid={0},ou=people}; or else
 * @param userSearchFilter how to find it under {@code userSearchBase}, e.g. {@code (sAMAccountName={0})} or
 *                      {@code (userPrincipalName={0}@ruhrstadt.example)}
 * @param groupSearchFilter groups the user is in, {0} the user's full DN; besides, {@code memberOf} of the entry
 * @param bindDn        a service account for the user search, if the directory allows no anonymous search
 * @param roles         the group DN(s) of each role, several separated by {@code ;}
 * @param kitaAttribute the attribute of a Kita account's entry with the Kita's number in the portal
 */
@ConfigurationProperties("kitabruecke.directory.ldap")
record DirectoryLdapSettings(@DefaultValue("") String url, @DefaultValue("") String base,
                             @DefaultValue("") String userDnPattern, @DefaultValue("") String userSearchBase,
                             @DefaultValue("") String userSearchFilter, @DefaultValue("") String groupSearchBase,
                             @DefaultValue("(member={0})") String groupSearchFilter,
                             @DefaultValue("") String bindDn, @DefaultValue("") String bindPassword,
                             @DefaultValue Roles roles, @DefaultValue("") String kitaAttribute,
                             @DefaultValue("PT5S") Duration timeout) {

    boolean enabled() {
        return !url.isBlank();
    }

    /** The DNs of the groups whose members get each role. */
    record Roles(@DefaultValue("") String socialWorker, @DefaultValue("") String kitaStaff,
                 @DefaultValue("") String admin) {

        /**
         * The role of a member of these groups; with groups of several roles the widest (admin, then social
         * worker, then Kita staff), as a person has one role in the portal. None: the person may not sign in.
         */
        Optional<StaffRole> of(Set<LdapName> groups) {
            for (StaffRole role : List.of(StaffRole.ADMIN, StaffRole.SOCIAL_WORKER, StaffRole.KITA_STAFF)) {
                if (names(groupsOf(role)).stream().anyMatch(groups::contains)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }

        private String groupsOf(StaffRole role) {
            return switch (role) {
                case ADMIN -> admin;
                case SOCIAL_WORKER -> socialWorker;
                case KITA_STAFF -> kitaStaff;
            };
        }
    }

    /** Group DNs as LDAP compares them (case and spaces around separators do not matter). */
    static List<LdapName> names(@Nullable String dns) {
        var names = new ArrayList<LdapName>();
        if (dns == null) {
            return names;
        }
        for (String dn : Arrays.stream(dns.split(";")).map(String::strip).filter(dn -> !dn.isEmpty()).toList()) {
            try {
                names.add(new LdapName(dn));
            } catch (InvalidNameException e) {
                throw new IllegalArgumentException("Not a DN in kitabruecke.directory.ldap.roles: " + dn, e);
            }
        }
        return names;
    }
}
