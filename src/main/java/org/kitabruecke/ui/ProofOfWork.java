package org.kitabruecke.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The browser's side of a bot check (a proof-of-work puzzle, see {@code request.BotCheck}): an invisible element
 * that lets the browser search for the secret number while the parent reads, and hands the number it found to the
 * page. What arrives is only a claim: the service checks it before anything is stored.
 */
@Tag("kb-proof-of-work")
public class ProofOfWork extends Component {

    /** Searches {@code n ≤ $2} with {@code SHA-256($0 + n) = $1}; returns a promise of n, or -1. */
    public static final String SCRIPT = readScript();
    static final String SOLVED_EVENT = "kb-solved";

    /** What the browser is asked to search: see {@code request.BotCheck}. */
    public record Puzzle(String salt, String hash, int maxNumber) {
    }

    private @Nullable Puzzle puzzle;
    private @Nullable LongConsumer onSolved;

    public ProofOfWork() {
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("aria-hidden", "true");
        getElement().addEventListener(SOLVED_EVENT, event -> {
            JsonNode solvedSalt = event.getEventData().get("event.detail.salt");
            JsonNode number = event.getEventData().get("event.detail.number");
            Puzzle current = puzzle;
            LongConsumer consumer = onSolved;
            if (current != null && consumer != null && solvedSalt != null && number != null && number.isNumber()
                    && current.salt().equals(solvedSalt.asString())) {
                consumer.accept(number.asLong());
            }
        }).addEventData("event.detail.salt").addEventData("event.detail.number");
    }

    /**
     * Starts the search for a new puzzle; {@code onSolved} gets the number the browser found. An answer to an
     * earlier puzzle is ignored.
     */
    public void solve(Puzzle puzzle, LongConsumer onSolved) {
        this.puzzle = puzzle;
        this.onSolved = onSolved;
        getElement().executeJs("const element = this;"
                + " const search = () => {" + SCRIPT + "};"
                + " search().then(number => element.dispatchEvent(new CustomEvent('" + SOLVED_EVENT + "',"
                + " {detail: {salt: $0, number: number}})));", puzzle.salt(), puzzle.hash(),
                puzzle.maxNumber());
    }

    /** The puzzle the browser is working on, if any. */
    public @Nullable Puzzle puzzle() {
        return puzzle;
    }

    private static String readScript() {
        try (InputStream in = ProofOfWork.class.getResourceAsStream("proof-of-work.js")) {
            return new String(Objects.requireNonNull(in, "proof-of-work.js is missing").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
