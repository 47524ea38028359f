package org.kitabruecke.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.kitabruecke.Application;
import org.kitabruecke.contact.ContactLanguage;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.CaseFilter;
import org.kitabruecke.request.CaseFilter.Assignee;
import org.kitabruecke.request.Casework;
import org.kitabruecke.request.RequestStatus;
import org.kitabruecke.request.Urgency;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: seeds N help requests (default 100,000) into the embedded MariaDB and measures what a social worker
 * waits for — the inbox's first page with its count, a filtered page, a search in the families' words, a deep page —
 * each 30 times after a warm-up. Run with {@code src/test/benchmarks/inbox.sh [requests]}.
 */
public final class InboxBenchmark {

    private static final String[] LANGUAGES = {"de", "tr", "ar", "uk", "ru", "pl", "ro", "bg", "fa", "en"};
    private static final String[] WORDS = {"Miete", "Kündigung", "Jobcenter", "Brief", "Schlafen", "Trotz",
        "Sprache", "Arzt", "Kita", "Platz", "Schulden", "Trennung", "Wohnung", "Antrag", "Elterngeld", "müde"};

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Files.createTempDirectory("kitabruecke-inbox-benchmark");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
                        "kitabruecke.embedded-db.data-dir=" + data.resolve("mariadb"))
                .run()) {
            var jdbc = context.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            seed(jdbc, requests);
            jdbc.execute("ANALYZE TABLE help_request, help_request_topic");
            System.out.printf("seeded %,d requests in %.1f s%n", requests, (System.nanoTime() - seedStart) / 1e9);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "sozial", null, List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"))));
            var casework = context.getBean(Casework.class);
            CaseFilter open = CaseFilter.open();
            CaseFilter filtered = new CaseFilter(Set.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS), Topic.MONEY,
                    null, 3L, null, ContactLanguage.of("ar"), null, Assignee.ANYONE, "");
            CaseFilter words = new CaseFilter(Set.of(), null, null, null, null, null, null, Assignee.ANYONE,
                    "Kündigung Miete");
            CaseFilter mine = open.withAssignee(Assignee.ME);
            measure("first page (open, oldest first, 50 rows) + count", () ->
                    casework.inbox(open, true, 0, 50).size() + casework.count(open));
            measure("filtered page (topic, district, language) + count", () ->
                    casework.inbox(filtered, true, 0, 50).size() + casework.count(filtered));
            measure("search in the families' words + count", () ->
                    casework.inbox(words, false, 0, 50).size() + casework.count(words));
            measure("assigned to me + count", () -> casework.inbox(mine, true, 0, 50).size() + casework.count(mine));
            measure("page 200 of all (offset 10,000)", () -> casework.inbox(open.withStatuses(Set.of()), false,
                    10_000, 50).size());
        }
        // the embedded database's process threads would keep the JVM (and the script's output) waiting
        System.exit(0);
    }

    private static void seed(JdbcTemplate jdbc, int requests) {
        var random = new Random(42);
        Instant now = Instant.now();
        int batch = 1_000;
        for (int start = 0; start < requests; start += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < Math.min(requests, start + batch); i++) {
                Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 730)));
                RequestStatus status = random.nextInt(10) < 6 ? RequestStatus.CLOSED
                        : RequestStatus.values()[random.nextInt(4)];
                Integer kita = random.nextInt(3) == 0 ? null : 1 + random.nextInt(30);
                rows.add(new Object[] {"KB-%03X-%03X".formatted(i >> 12, i & 0xFFF).replace('0', 'Q').replace('1', 'R'),
                    "$2a$10$benchmark", random.nextInt(4) == 0 ? "KITA" : "PARENT",
                    Urgency.values()[random.nextInt(3)].name(), status.name(), kita,
                    kita == null ? 1 + random.nextInt(6) : 1 + (kita - 1) / 5,
                    "+49151" + (10_000_000 + i), LANGUAGES[random.nextInt(LANGUAGES.length)],
                    random.nextBoolean(), sentence(random), random.nextInt(5) == 0 ? "sozial" : null,
                    Timestamp.from(created)});
            }
            jdbc.batchUpdate("""
                    INSERT INTO help_request (reference_code, pin_hash, source, urgency, status, kita_id, district_id,
                      phone, contact_language, page_language, interpreter_needed, free_text, consent_version,
                      consent_language, assigned_to, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'de', ?, ?, 'benchmark', 'de', ?, ?, ?)""",
                    rows.stream().map(row -> {
                        Object[] full = Arrays.copyOf(row, row.length + 1);
                        full[row.length] = row[row.length - 1];
                        return full;
                    }).toList());
        }
        jdbc.update("""
                INSERT INTO help_request_topic (help_request_id, topic)
                SELECT id, ELT(1 + (id % 8), 'PARENTING', 'CRISIS', 'MONEY', 'AUTHORITIES', 'HEALTH',
                  'SINGLE_PARENT', 'NEW_IN_GERMANY', 'INTERPRETER') FROM help_request WHERE consent_version = 'benchmark'""");
        jdbc.update("""
                INSERT IGNORE INTO help_request_topic (help_request_id, topic)
                SELECT id, 'MONEY' FROM help_request WHERE consent_version = 'benchmark' AND id % 5 = 0""");
    }

    private static String sentence(Random random) {
        var words = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            words.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return words.toString().strip();
    }

    private static void measure(String what, Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        long[] millis = new long[30];
        int result = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            result = query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-52s p50 %4d ms, p95 %4d ms, max %4d ms (rows+count %,d)%n", what, millis[15],
                millis[28], millis[29], result);
    }
}
