package org.kitabruecke.staff;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.net.InetAddress;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The fictional city's LDAP directory for tests: UnboundID's in-memory server, speaking the LDAP protocol on a
 * loopback port, with the users and groups of {@code directory/ruhrstadt.ldif}. One server per test JVM, started
 * before the first Spring context that needs it (its port goes in through {@link #register}).
 */
public final class CityDirectory {

    public static final String PASSWORD = "verzeichnis-2026";
    public static final String BASE = "dc=ruhrstadt,dc=example";
    public static final String SOCIAL_WORKERS = "cn=kita-sozialarbeit,ou=groups," + BASE;
    public static final String KITA_STAFF = "cn=kita-personal,ou=groups," + BASE;
    public static final String ADMINS = "cn=portal-admin,ou=groups," + BASE;

    /** The directory sign-in settings the tests use, besides the url. */
    public static final List<String> PROPERTIES = List.of(
            "kitabruecke.directory.ldap.base=" + BASE,
            "kitabruecke.directory.ldap.user-dn-pattern=uid={0},ou=people",
            "kitabruecke.directory.ldap.group-search-base=ou=groups",
            "kitabruecke.directory.ldap.roles.social-worker=" + SOCIAL_WORKERS,
            "kitabruecke.directory.ldap.roles.kita-staff=" + KITA_STAFF,
            "kitabruecke.directory.ldap.roles.admin=" + ADMINS,
            "kitabruecke.directory.ldap.kita-attribute=departmentNumber");

    private static InMemoryDirectoryServer server;

    private CityDirectory() {
    }

    /** Starts the directory (once) and gives Spring its address and the settings above. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        String url = url();
        registry.add("kitabruecke.directory.ldap.url", () -> url);
        for (String property : PROPERTIES) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    /** The directory's address, starting it if need be. */
    public static String url() {
        return "ldap://127.0.0.1:" + server().getListenPort();
    }

    /** Moves a user from one group to another, as the city's IT would between two sign-ins. */
    public static void moveUser(String uid, String fromGroup, String toGroup) throws LDAPException {
        String user = "uid=" + uid + ",ou=people," + BASE;
        server().modify(fromGroup, new Modification(ModificationType.DELETE, "member", user));
        server().modify(toGroup, new Modification(ModificationType.ADD, "member", user));
    }

    /** Changes one attribute of a user's entry. */
    public static void change(String uid, String attribute, String value) throws LDAPException {
        server().modify("uid=" + uid + ",ou=people," + BASE,
                new Modification(ModificationType.REPLACE, attribute, value));
    }

    private static synchronized InMemoryDirectoryServer server() {
        if (server == null) {
            try {
                var config = new InMemoryDirectoryServerConfig(BASE);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("city",
                        InetAddress.getLoopbackAddress(), 0, null));
                var started = new InMemoryDirectoryServer(config);
                try (var ldif = new LDIFReader(CityDirectory.class.getResourceAsStream("/directory/ruhrstadt.ldif"))) {
                    started.importFromLDIF(true, ldif);
                }
                started.startListening();
                server = started;
            } catch (Exception e) {
                throw new IllegalStateException("The test directory did not start", e);
            }
        }
        return server;
    }
}
