package org.kitabruecke.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.kitabruecke.drill.DrillChecks.NodeView;
import org.kitabruecke.e2e.Browser;

/**
 * The booking drill (ops/drill.sh): many parents book the open consultation hour at once in headless Chromium, while
 * the drill kills and restarts parts of the cluster between phases; then it checks every database node and the mails.
 * A program, not a test: its name ends in neither Test nor Tests, so {@code ./mvnw verify} never runs it.
 * Configured by environment variables (see ops/drill.sh); writes its figures as tab-separated lines to DRILL_OUT.
 */
public final class BookingDrill {

    private final String url = env("DRILL_URL", "http://127.0.0.1:8480");
    private final String label = env("DRILL_LABEL", "cluster");
    private final int parents = Integer.parseInt(env("DRILL_PARENTS", "200"));
    private final int browsers = Integer.parseInt(env("DRILL_BROWSERS", "8"));
    private final List<Integer> dbPorts = List.of(env("DRILL_DB_PORTS", "3311,3312,3313").split(",")).stream()
            .map(Integer::parseInt).toList();
    private final List<Phase> phases = Phase.parse(env("DRILL_PHASES", "steady"));
    private final String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    private final String emailPrefix = "drill-" + runId + "-";
    private final List<ParentVisit.Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final PhaseClock clock;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private BookingDrill() {
        clock = new PhaseClock(phases, parents, Path.of(env("DRILL_CLUSTER_SCRIPT", "ops/cluster.sh")), this::say);
    }

    public static void main(String[] args) throws Exception {
        new BookingDrill().run();
    }

    private void run() throws Exception {
        say("drill " + label + ": " + parents + " parents, " + browsers + " browsers, " + url + ", run " + runId);
        clock.start();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < browsers; w++) {
            long seed = w;
            workers.add(Thread.ofPlatform().name("parent-browser-" + w).start(() -> work(seed)));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        clock.finish();
        clock.awaitActions();
        report();
    }

    private void work(long seed) {
        try (var browser = new Browser(url)) {
            var visit = new ParentVisit(browser, new Random(seed));
            for (int parent = next.getAndIncrement(); parent < parents; parent = next.getAndIncrement()) {
                var outcome = visit.book(parent, emailPrefix + parent + "@example.org");
                outcomes.add(outcome);
                clock.completed(outcome.finishedAtNanos());
                if (!outcome.booked()) {
                    say("parent " + parent + " not booked: " + outcome.problem() + " (nodes " + outcome.nodes() + ")");
                }
            }
        }
    }

    private void report() throws IOException, InterruptedException {
        String tab = "\t";
        row("phase", "parents", "booked", "not booked", "seconds", "bookings/min", "p50 s", "p95 s", "restarts",
                "times taken");
        for (int p = 0; p < phases.size(); p++) {
            var window = clock.window(p);
            List<ParentVisit.Outcome> in = outcomes.stream().filter(o -> window.contains(o.finishedAtNanos())).toList();
            List<Long> times = in.stream().filter(ParentVisit.Outcome::booked).map(ParentVisit.Outcome::millis)
                    .sorted().toList();
            double seconds = window.seconds();
            row(phases.get(p).name(), in.size(), times.size(), in.size() - times.size(), fmt(seconds),
                    fmt(times.size() / seconds * 60), fmt(percentile(times, 50) / 1000.0),
                    fmt(percentile(times, 95) / 1000.0), in.stream().mapToInt(o -> o.starts() - 1).sum(),
                    in.stream().mapToInt(ParentVisit.Outcome::timesTaken).sum());
        }
        List<ParentVisit.Outcome> booked = outcomes.stream().filter(ParentVisit.Outcome::booked).toList();
        List<Long> all = booked.stream().map(ParentVisit.Outcome::millis).sorted().toList();
        double total = clock.totalSeconds();
        row("all", outcomes.size(), booked.size(), outcomes.size() - booked.size(), fmt(total),
                fmt(booked.size() / total * 60), fmt(percentile(all, 50) / 1000.0), fmt(percentile(all, 95) / 1000.0),
                outcomes.stream().mapToInt(o -> o.starts() - 1).sum(),
                outcomes.stream().mapToInt(ParentVisit.Outcome::timesTaken).sum());
        long moved = booked.stream().filter(o -> o.nodes().contains(">")).count();
        check("parents moved to another portal node and still booked", moved);
        clock.actionTimes().forEach((action, seconds) -> check("'" + action + "' took s", fmt(seconds)));

        Map<String, Integer> mails = awaitMails(booked.size());
        for (int port : dbPorts) {
            NodeView node = DrillChecks.node(port, env("DRILL_DB_PASSWORD", ""), emailPrefix);
            String name = "db:" + port;
            if (!node.error().isEmpty()) {
                check(name + " unreadable", node.error());
                continue;
            }
            long missing = booked.stream().filter(o -> !node.codes().contains(o.code())).count();
            check(name + " confirmed bookings missing", missing);
            check(name + " bookings of the run stored", node.codes().size());
            check(name + " stored but never confirmed to the parent", node.codes().stream()
                    .filter(code -> booked.stream().noneMatch(o -> o.code().equals(code))).count());
            check(name + " slots over capacity", node.overCapacitySlots());
            check(name + " fullest slot (bookings)", node.fullestSlot());
            check(name + " slot counters differing from bookings", node.ledgerMismatches());
            check(name + " parents with two bookings", node.parentsBookedTwice());
        }
        check("confirmed bookings without a mail", booked.stream().filter(o -> !mails.containsKey(o.code())).count());
        check("booking codes mailed more than once", mails.values().stream().filter(n -> n > 1).count());
        check("mails to the run's parents", mails.values().stream().mapToInt(Integer::intValue).sum());
        String out = env("DRILL_OUT", "");
        if (!out.isEmpty()) {
            Files.write(Path.of(out), lines.stream().map(l -> label + tab + l).toList());
        }
    }

    /** Waits until every confirmed booking has its mail (or DRILL_MAIL_WAIT seconds have passed). */
    private Map<String, Integer> awaitMails(int booked) throws InterruptedException {
        Path dir = Path.of(env("DRILL_MAIL_DIR", "target/cluster/mail"));
        long deadline = System.nanoTime() + Long.parseLong(env("DRILL_MAIL_WAIT", "240")) * 1_000_000_000L;
        Map<String, Integer> mails = DrillChecks.mailsPerCode(dir, emailPrefix);
        while (outcomes.stream().filter(ParentVisit.Outcome::booked).anyMatch(o -> !mails.containsKey(o.code()))
                && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            mails.clear();
            mails.putAll(DrillChecks.mailsPerCode(dir, emailPrefix));
        }
        // a second delivery would come late (a retry): look once more after a pause
        Thread.sleep(Long.parseLong(env("DRILL_MAIL_SETTLE", "20")) * 1000);
        say("mails for " + booked + " confirmed bookings checked");
        return DrillChecks.mailsPerCode(dir, emailPrefix);
    }

    private void row(Object... cells) {
        String line = String.join("\t", java.util.Arrays.stream(cells).map(String::valueOf).toList());
        lines.add("row\t" + line);
        System.out.println(line);
    }

    private void check(String name, Object value) {
        lines.add("check\t" + name + "\t" + value);
        System.out.println(name + ": " + value);
    }

    private void say(String text) {
        System.out.printf("%tT drill: %s%n", System.currentTimeMillis(), text);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
