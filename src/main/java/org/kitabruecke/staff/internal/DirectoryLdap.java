package org.kitabruecke.staff.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.NamingEnumeration;
import javax.naming.InvalidNameException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.support.LdapUtils;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * The city's directory, spoken to as the person signing in: Spring Security's {@link BindAuthenticator} binds with
 * the typed name and password (found by a DN pattern or a search filter), so the password is checked by the
 * directory and never seen by anything else. The groups are searched with that same person's bind, as a directory
 * lets its own users read them (Active Directory by default); {@code memberOf} of the entry counts too.
 */
final class DirectoryLdap {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryLdap.class);

    private final DirectoryLdapSettings settings;
    private final DefaultSpringSecurityContextSource directory;
    private final BindAuthenticator authenticator;

    DirectoryLdap(DirectoryLdapSettings settings) {
        this.settings = settings;
        // every configured group is a DN, or the start fails here
        DirectoryLdapSettings.names(settings.roles().admin() + ";" + settings.roles().socialWorker() + ";"
                + settings.roles().kitaStaff());
        directory = new DefaultSpringSecurityContextSource(List.of(settings.url().strip()), settings.base().strip());
        if (settings.bindDn().isBlank()) {
            directory.setAnonymousReadOnly(true);
        } else {
            directory.setUserDn(settings.bindDn());
            directory.setPassword(settings.bindPassword());
        }
        String millis = Long.toString(settings.timeout().toMillis());
        // a directory that does not answer must not hold the login threads
        directory.setBaseEnvironmentProperties(Map.of("com.sun.jndi.ldap.connect.timeout", millis,
                "com.sun.jndi.ldap.read.timeout", millis));
        directory.afterPropertiesSet();
        authenticator = new BindAuthenticator(directory);
        if (!settings.userSearchFilter().isBlank()) {
            authenticator.setUserSearch(new FilterBasedLdapUserSearch(settings.userSearchBase(),
                    settings.userSearchFilter(), directory));
        } else if (!settings.userDnPattern().isBlank()) {
            authenticator.setUserDnPatterns(new String[] {settings.userDnPattern()});
        } else {
            throw new IllegalStateException("kitabruecke.directory.ldap needs user-dn-pattern or user-search-filter");
        }
    }

    /**
     * Binds as {@code loginName}; what the directory says about the person, or Spring Security's
     * {@code BadCredentialsException} for a wrong name or password.
     */
    DirectoryPerson signIn(String loginName, String password) {
        DirContextOperations entry;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(loginName,
                    password));
        } catch (UsernameNotFoundException notFound) {
            // a name the search finds no entry for fails as a wrong password does: nobody learns who exists
            throw new BadCredentialsException("Bad credentials", notFound);
        } catch (org.springframework.ldap.NamingException unreachable) {
            LOG.error("The city's directory at {} could not be asked: {}", settings.url(), unreachable.toString());
            throw new InternalAuthenticationServiceException("Directory not reachable", unreachable);
        }
        String dn = entry.getNameInNamespace();
        Set<LdapName> groups = new HashSet<>();
        String[] memberOf = entry.getStringAttributes("memberOf");
        if (memberOf != null) {
            for (String group : memberOf) {
                try {
                    groups.add(new LdapName(group));
                } catch (InvalidNameException notADn) {
                    LOG.warn("memberOf of a directory user holds no DN; ignored");
                }
            }
        }
        groups.addAll(groupsOf(dn, password));
        String displayName = first(entry, "displayName", "cn");
        String kita = settings.kitaAttribute().isBlank() ? null : entry.getStringAttribute(settings.kitaAttribute());
        return new DirectoryPerson(displayName == null ? loginName : displayName, entry.getStringAttribute("mail"),
                groups, kita);
    }

    private Set<LdapName> groupsOf(String userDn, String password) {
        Set<LdapName> groups = new HashSet<>();
        if (settings.groupSearchFilter().isBlank()) {
            return groups;
        }
        DirContext context = null;
        try {
            context = directory.getContext(userDn, password);
            var controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[0]);
            controls.setTimeLimit((int) settings.timeout().toMillis());
            // JNDI encodes the arguments of {0}: a DN with filter characters cannot change the filter
            NamingEnumeration<SearchResult> found = context.search(settings.groupSearchBase(),
                    settings.groupSearchFilter(), new Object[] {userDn}, controls);
            while (found.hasMore()) {
                groups.add(new LdapName(found.next().getNameInNamespace()));
            }
            return groups;
        } catch (NamingException | org.springframework.ldap.NamingException failed) {
            LOG.error("The groups of a directory user could not be read from {}: {}", settings.url(),
                    failed.toString());
            throw new InternalAuthenticationServiceException("Directory groups not readable", failed);
        } finally {
            LdapUtils.closeContext(context);
        }
    }

    private static @Nullable String first(DirContextOperations entry, String... attributes) {
        for (String attribute : attributes) {
            String value = entry.getStringAttribute(attribute);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
