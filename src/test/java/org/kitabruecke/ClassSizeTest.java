package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file grows past 300 lines (STYLE.md): a class that long does several things, and the next change to one
 * of them has to be read against all the others. Test code is held to the same limit.
 */
class ClassSizeTest {

    private static final int MOST_LINES = 300;

    @Test
    void noJavaFileIsLongerThan300Lines() throws IOException {
        assertThat(tooLong(Path.of("src/main/java"))).as("main classes over " + MOST_LINES + " lines").isEmpty();
        assertThat(tooLong(Path.of("src/test/java"))).as("test classes over " + MOST_LINES + " lines").isEmpty();
    }

    private static List<String> tooLong(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MOST_LINES)
                    .map(file -> root.relativize(file) + " (" + lines(file) + ")")
                    .sorted().toList();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
