package org.kitabruecke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** In the repository, not in target/: the README links the diagrams, so every run leaves them current. */
    private static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyFeatureIsItsOwnModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("booking", "directory", "i18n", "inbox", "request", "staff", "ui");
    }

    @Test
    void theModuleDiagramsAndCanvasesAreWrittenIntoTheDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        inStableOrder(DOCS);

        for (ApplicationModule module : modules) {
            assertThat(DOCS.resolve("components.puml")).content().contains('"' + module.getDisplayName() + '"');
            String name = module.getIdentifier().toString();
            assertThat(DOCS.resolve("module-" + name + ".puml")).exists();
            assertThat(DOCS.resolve("module-" + name + ".adoc")).content().contains("org.kitabruecke." + name);
        }
    }

    /**
     * The Documenter lists relations and events in a different order on every run; sorted, an unchanged house leaves
     * the files as they are, and git shows only real changes.
     */
    private static void inStableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                Files.write(file, file.toString().endsWith(".puml")
                        ? sortRuns(lines, line -> line.strip().replaceFirst("\\(.*", ""))
                        : sortRuns(lines, line -> line.matches("\\|?\\* .*") ? "item" : line));
            }
        }
    }

    /** Sorts each run of neighbouring lines of one kind (all {@code Rel(...)}, all list items); "|" opens a cell. */
    private static List<String> sortRuns(List<String> lines, Function<String, String> kind) {
        List<String> sorted = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            while (end < lines.size() && kind.apply(lines.get(end)).equals(kind.apply(lines.get(start)))) {
                end++;
            }
            boolean cell = lines.get(start).startsWith("|*");
            List<String> run = lines.subList(start, end).stream().map(line -> line.replaceFirst("^\\|\\*", "*"))
                    .sorted(Comparator.naturalOrder()).toList();
            for (int i = 0; i < run.size(); i++) {
                sorted.add(i == 0 && cell ? "|" + run.get(i) : run.get(i));
            }
            start = end;
        }
        return sorted;
    }
}
