package org.kitabruecke;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.modulith.events.ApplicationModuleListener;

/** A listener that fails while told to, like a mail server that is down, to prove the outbox keeps the event. */
public class OutboxProbe {

    /** The event; carries only what a listener needs, as ours will (a reference, never a family's data). */
    public record Ping(String reference) {
    }

    private final AtomicBoolean down = new AtomicBoolean();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    public void setDown(boolean down) {
        this.down.set(down);
    }

    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    @ApplicationModuleListener
    void on(Ping ping) {
        if (down.get()) {
            throw new IllegalStateException("receiver down");
        }
        delivered.add(ping.reference());
    }
}
