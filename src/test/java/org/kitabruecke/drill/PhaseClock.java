package org.kitabruecke.drill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Moves the drill from phase to phase as parents finish (an equal share of them per phase) and runs each phase's
 * actions on the cluster (kill, start) in the background, so that the parents' browsers never wait for them.
 */
final class PhaseClock {

    /** When a phase ran, in {@link System#nanoTime()}. */
    record Window(long from, long until) {

        boolean contains(long nanos) {
            return nanos >= from && nanos < until;
        }

        double seconds() {
            return Math.max(0.001, (until - from) / 1e9);
        }
    }

    private final List<Phase> phases;
    private final int parents;
    private final Path script;
    private final Consumer<String> say;
    private final long[] starts;
    private final List<Thread> actions = new ArrayList<>();
    private final Map<String, Double> actionTimes = new LinkedHashMap<>();
    private int current;
    private int done;
    private long end;

    PhaseClock(List<Phase> phases, int parents, Path script, Consumer<String> say) {
        this.phases = phases;
        this.parents = parents;
        this.script = script;
        this.say = say;
        this.starts = new long[phases.size()];
    }

    synchronized void start() {
        enter(0);
    }

    /** A parent finished (booked or not); the next phase begins when its share of parents is done. */
    synchronized void completed(long atNanos) {
        done++;
        end = Math.max(end, atNanos);
        int phase = Math.min(phases.size() - 1, done * phases.size() / parents);
        while (current < phase) {
            enter(current + 1);
        }
    }

    synchronized void finish() {
        end = Math.max(end, System.nanoTime());
    }

    private void enter(int phase) {
        current = phase;
        starts[phase] = System.nanoTime();
        say.accept("phase '" + phases.get(phase).name() + "' after " + done + " parents");
        for (String action : phases.get(phase).actions()) {
            actions.add(Thread.ofPlatform().name(action).start(() -> act(action)));
        }
    }

    private void act(String action) {
        long from = System.nanoTime();
        say.accept("cluster: " + action);
        try {
            var command = new ArrayList<>(List.of("bash", script.toString()));
            command.addAll(List.of(action.split(" ")));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            double seconds = (System.nanoTime() - from) / 1e9;
            synchronized (this) {
                actionTimes.put(action + (exit == 0 ? "" : " (failed, exit " + exit + ")"), seconds);
            }
            say.accept("cluster: " + action + " done after " + Math.round(seconds) + " s, exit " + exit);
        } catch (IOException e) {
            say.accept("cluster: " + action + " could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitActions() throws InterruptedException {
        for (Thread action : List.copyOf(actions)) {
            action.join();
        }
    }

    synchronized Window window(int phase) {
        long until = phase + 1 < phases.size() && starts[phase + 1] != 0 ? starts[phase + 1] : end + 1;
        return new Window(starts[phase] == 0 ? until : starts[phase], until);
    }

    synchronized double totalSeconds() {
        return Math.max(0.001, (end - starts[0]) / 1e9);
    }

    synchronized Map<String, Double> actionTimes() {
        return new LinkedHashMap<>(actionTimes);
    }
}
