package org.kitabruecke.directory;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dry run of a CSV import of Kitas: what each line would do, and every problem with its line number. Only an
 * import without problems is carried out, and then all of it or nothing.
 */
public record KitaImport(List<Line> lines, List<Problem> problems) {

    public KitaImport {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** What importing a line does to the directory. */
    public enum Action { NEW, CHANGED, UNCHANGED }

    /** One good line of the file: its number (the header is line 1), the Kita it describes, what it would do. */
    public record Line(int number, KitaDetails kita, String districtName, Action action) {
    }

    /**
     * Something wrong in the file: the line, the column as the file names it (none for the whole line), and a
     * translation key ({@code admin.import.error.*} or {@code admin.kita.error.*}) with its arguments.
     */
    public record Problem(int line, @Nullable String column, String key, Map<String, Object> arguments) {

        public Problem {
            arguments = Map.copyOf(arguments);
        }
    }

    public boolean importable() {
        return problems.isEmpty() && !lines.isEmpty();
    }

    public long count(Action action) {
        return lines.stream().filter(line -> line.action() == action).count();
    }
}
