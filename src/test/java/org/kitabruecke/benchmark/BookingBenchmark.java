package org.kitabruecke.benchmark;

import static org.kitabruecke.booking.NewBookings.aBooking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kitabruecke.Application;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Bookings;
import org.kitabruecke.booking.Slot;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: measures booking under load on the embedded MariaDB with the demo hours. N parents start at the same
 * instant; (1) all race for the places of one slot, (2) each wants a different free slot. Prints throughput and
 * latency percentiles and checks that no slot got more bookings than places. Run with
 * {@code src/test/benchmarks/booking-race.sh [bookers]}.
 */
public final class BookingBenchmark {

    private BookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int bookers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path data = Files.createTempDirectory("kitabruecke-benchmark");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
                        "kitabruecke.embedded-db.data-dir=" + data.resolve("mariadb"),
                        "spring.datasource.hikari.maximum-pool-size=20")
                .run()) {
            Bookings bookings = context.getBean(Bookings.class);
            warmUp(bookings);
            List<Slot> free = new ArrayList<>();
            for (LocalDate day : bookings.openDays(1L)) {
                bookings.slots(1L, day).stream().filter(Slot::isFree).forEach(free::add);
            }
            Slot contested = free.getLast();
            report("all " + bookers + " race for one slot (" + contested.capacity() + " places)",
                    race(bookings, bookers, i -> contested), contested.capacity());
            List<Slot> spread = free.subList(0, free.size() - 1);
            report(bookers + " parents spread over " + spread.size() + " slots",
                    race(bookings, bookers, i -> spread.get(i % spread.size())), -1);
        }
        // the embedded database's watcher threads would keep the JVM waiting
        System.exit(0);
    }

    private static void warmUp(Bookings bookings) {
        for (int i = 0; i < 20; i++) {
            bookings.openDays(2L);
        }
    }

    private static List<Result> race(Bookings bookings, int bookers, java.util.function.IntFunction<Slot> slotFor)
            throws Exception {
        var ready = new CountDownLatch(bookers);
        var go = new CountDownLatch(1);
        List<Callable<Result>> parents = new ArrayList<>();
        for (int i = 0; i < bookers; i++) {
            Slot slot = slotFor.apply(i);
            String phone = "+4915119%06d".formatted(System.nanoTime() % 1_000_000 + i);
            parents.add(() -> {
                ready.countDown();
                go.await();
                long start = System.nanoTime();
                BookingResult result = bookings.book(aBooking().at(slot.locationId(), slot.startsAt()).phone(phone)
                        .build());
                return new Result(result, System.nanoTime() - start);
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(bookers)) {
            List<Future<Result>> futures = parents.stream().map(pool::submit).toList();
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            System.out.printf("  wall time %.0f ms%n", (System.nanoTime() - start) / 1e6);
            return results;
        }
    }

    private static void report(String scenario, List<Result> results, int expectedBooked) {
        long[] millis = results.stream().mapToLong(r -> r.nanos() / 1_000_000).sorted().toArray();
        long booked = results.stream().filter(r -> r.result() instanceof BookingResult.Booked).count();
        long full = results.stream().filter(r -> r.result() instanceof BookingResult.SlotFull).count();
        double seconds = Arrays.stream(millis).max().orElse(1) / 1000.0;
        System.out.printf("%s: %d booked, %d slot full, %.0f attempts/s, latency p50 %d ms, p95 %d ms, max %d ms%n",
                scenario, booked, full, results.size() / seconds, percentile(millis, 50), percentile(millis, 95),
                millis[millis.length - 1]);
        if (expectedBooked >= 0 && booked != expectedBooked) {
            throw new IllegalStateException("OVERBOOKED or lost: " + booked + " instead of " + expectedBooked);
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private record Result(BookingResult result, long nanos) {
    }
}
