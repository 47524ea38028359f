package org.kitabruecke.directory.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.KitaDetails;
import org.kitabruecke.directory.KitaImport;
import org.kitabruecke.directory.KitaImport.Action;
import org.kitabruecke.directory.KitaImport.Line;
import org.kitabruecke.directory.KitaImport.Problem;

/**
 * Reads a CSV file of Kitas as spreadsheet programs write it: UTF-8 with or without BOM, separated by semicolons
 * (German Excel) or commas, quoted fields, a header row naming the columns in German or English in any order
 * ({@code Name;Straße;PLZ;Ort;Stadtteil;Telefon}). Every problem is reported with the line it starts on, so the
 * admin can fix the file; a quoted field spanning lines keeps the numbering right.
 */
public final class KitaCsv {

    public static final int LINES_MAX = 2_000;

    /** An empty field that must not be: said as missing, apart from a value in the wrong format. */
    static final String MISSING = "admin.import.error.missing";

    /** The columns of the file; the phone number may be missing. */
    enum Column {
        NAME("name", "kita", "kitaname", "einrichtung"), STREET("strasse", "street", "adresse", "anschrift"),
        POSTCODE("plz", "postleitzahl", "postcode", "zip"), CITY("ort", "stadt", "city"),
        DISTRICT("stadtteil", "stadtbezirk", "bezirk", "district"),
        PHONE("telefon", "tel", "telefonnummer", "phone");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private final Map<String, Long> districtsByName;
    private final String districtNames;
    private final Map<String, Kita> existing;

    /**
     * @param districts district names by id
     * @param kitas     the Kitas there are: a line with the same name and postcode changes that Kita
     */
    KitaCsv(Map<Long, String> districts, List<Kita> kitas) {
        this.districtsByName = districts.entrySet().stream()
                .collect(Collectors.toMap(district -> fold(district.getValue()), Map.Entry::getKey));
        this.districtNames = districts.values().stream().sorted().collect(Collectors.joining(", "));
        this.existing = kitas.stream().collect(Collectors.toMap(kita -> key(kita.name(), kita.postcode()),
                Function.identity(), (first, second) -> first));
    }

    KitaImport read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(content)).setTrim(true)
                .setIgnoreEmptyLines(false).get();
        try (var parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(format).get()) {
            var records = parser.iterator();
            int start = 1;
            Map<Column, Integer> columns = null;
            List<String> header = List.of();
            Map<String, Integer> seen = new HashMap<>();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    problems.add(new Problem(start, null, "admin.import.error.quote", Map.of()));
                    break;
                }
                int number = start;
                start = (int) parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (columns == null) {
                    header = record.toList();
                    columns = header(header, number, problems);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                if (lines.size() + problems.size() >= LINES_MAX) {
                    problems.add(new Problem(number, null, "admin.import.error.tooMany", Map.of("max", LINES_MAX)));
                    break;
                }
                line(record, number, columns, header, seen, lines, problems);
            }
            if (columns == null && problems.isEmpty()) {
                problems.add(new Problem(1, null, "admin.import.error.empty", Map.of()));
            } else if (columns != null && lines.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(2, null, "admin.import.error.empty", Map.of()));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new KitaImport(lines, problems);
    }

    private @Nullable Map<Column, Integer> header(List<String> names, int number, List<Problem> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < names.size(); i++) {
            String name = fold(names.get(i)).replaceAll("[^a-z0-9]", "");
            Optional<Column> column = java.util.Arrays.stream(Column.values())
                    .filter(candidate -> candidate.names.contains(name)).findFirst();
            if (column.isEmpty() || columns.containsKey(column.get())) {
                problems.add(new Problem(number, names.get(i), "admin.import.error.header.unknown", Map.of()));
            } else {
                columns.put(column.get(), i);
            }
        }
        List<String> missing = java.util.Arrays.stream(Column.values())
                .filter(column -> column != Column.PHONE && !columns.containsKey(column))
                .map(column -> column.names.getFirst()).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(number, null, "admin.import.error.header.missing",
                    Map.of("columns", String.join(", ", missing))));
        }
        return problems.isEmpty() ? columns : null;
    }

    private void line(CSVRecord record, int number, Map<Column, Integer> columns, List<String> header,
                      Map<String, Integer> seen, List<Line> lines, List<Problem> problems) {
        if (record.size() != header.size()) {
            problems.add(new Problem(number, null, "admin.import.error.fields",
                    Map.of("expected", header.size(), "found", record.size())));
            return;
        }
        String districtName = record.get(columns.get(Column.DISTRICT));
        Long district = districtsByName.get(fold(districtName));
        var kita = new KitaDetails(null, value(record, columns, Column.NAME), value(record, columns, Column.STREET),
                value(record, columns, Column.POSTCODE), value(record, columns, Column.CITY),
                value(record, columns, Column.PHONE), district, 0);
        int before = problems.size();
        kita.problems().forEach((field, key) -> {
            String column = header.get(columns.get(Column.valueOf(field.name())));
            boolean empty = field == KitaDetails.Field.DISTRICT ? districtName.isBlank()
                    : "admin.kita.error.required".equals(key);
            problems.add(empty ? new Problem(number, column, MISSING, Map.of())
                    : field == KitaDetails.Field.DISTRICT ? new Problem(number, column, "admin.import.error.district",
                            Map.of("value", districtName, "known", districtNames))
                    : new Problem(number, column, key, Map.of()));
        });
        Integer first = seen.putIfAbsent(key(kita.name(), kita.postcode()), number);
        if (first != null) {
            problems.add(new Problem(number, null, "admin.import.error.duplicate", Map.of("first", first)));
        }
        if (problems.size() == before) {
            Kita known = existing.get(key(kita.name(), kita.postcode()));
            if (known == null) {
                lines.add(new Line(number, kita, districtName, Action.NEW));
            } else {
                var update = new KitaDetails(known.id(), kita.name(), kita.street(), kita.postcode(), kita.city(),
                        kita.phone(), kita.districtId(), known.details().version());
                lines.add(new Line(number, update, districtName,
                        known.sameAs(kita) ? Action.UNCHANGED : Action.CHANGED));
            }
        }
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index);
    }

    /** Semicolon if the header has more semicolons than commas (German spreadsheets), else comma. */
    private static char delimiter(String content) {
        String firstLine = content.lines().findFirst().orElse("");
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    static String key(String name, String postcode) {
        return name.strip().toLowerCase(Locale.ROOT) + "|" + postcode.strip();
    }

    private static String fold(String text) {
        synchronized (FOLD) {
            return FOLD.transliterate(text.strip());
        }
    }
}
