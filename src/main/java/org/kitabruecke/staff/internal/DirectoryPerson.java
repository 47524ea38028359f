package org.kitabruecke.staff.internal;

import java.util.Set;
import javax.naming.ldap.LdapName;
import org.jspecify.annotations.Nullable;

/**
 * What the city's directory says about a person who just signed in with the right password: the name to show, the
 * address, the groups (full DNs) and, for Kita staff, the value of the Kita attribute.
 */
record DirectoryPerson(String displayName, @Nullable String email, Set<LdapName> groups,
                       @Nullable String kitaNumber) {
}
