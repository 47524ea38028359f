package org.kitabruecke.statistics;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.statistics.internal.ActivityRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarter's figures from the counters (never from case data): per category, district, topic and contact
 * language, with the previous quarter beside them; and the CSV export for the city's report, UTF-8 with BOM so
 * spreadsheet programs read umlauts, with counts below {@code kitabruecke.statistics.suppress-below} (default 5)
 * suppressed so that no family can be recognised. Staff see the exact counts on screen.
 */
@Service
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class QuarterlyFigures {

    private final ActivityRecords records;
    private final AuditTrail audit;
    private final int suppressBelow;

    QuarterlyFigures(ActivityRecords records, AuditTrail audit,
                     @Value("${kitabruecke.statistics.suppress-below:5}") int suppressBelow) {
        this.records = records;
        this.audit = audit;
        this.suppressBelow = suppressBelow;
    }

    public int suppressBelow() {
        return suppressBelow;
    }

    @Transactional(readOnly = true)
    public Figures of(Quarter quarter) {
        Map<String, Integer> categories = new HashMap<>();
        Map<String, Integer> districts = new HashMap<>();
        Map<String, Integer> topics = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        int[] total = {0};
        records.forEachIn(quarter, activity -> {
            total[0]++;
            categories.merge(activity.category(), 1, Integer::sum);
            Long district = activity.districtId();
            districts.merge(district == null ? Figures.NO_DISTRICT : String.valueOf(district), 1, Integer::sum);
            activity.topics().forEach(topic -> topics.merge(topic, 1, Integer::sum));
            String language = activity.language();
            if (language != null) {
                languages.merge(language, 1, Integer::sum);
            }
        });
        return new Figures(quarter, total[0], categories, districts, topics, languages);
    }

    /**
     * The CSV for the city's report: one line per dimension and value with this quarter's and the previous quarter's
     * count; small counts suppressed. {@code labels} turns a dimension and key into what the reader should see.
     * Audited as an export.
     */
    @Transactional
    public byte[] csv(Quarter quarter, Labels labels) {
        Figures now = of(quarter);
        Figures before = of(quarter.previous());
        var csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", labels.header())).append("\r\n");
        lines(csv, "category", now.byCategory(), before.byCategory(), labels);
        lines(csv, "district", now.byDistrict(), before.byDistrict(), labels);
        lines(csv, "topic", now.byTopic(), before.byTopic(), labels);
        lines(csv, "language", now.byLanguage(), before.byLanguage(), labels);
        audit.record(AuditAction.EXPORT, "statistics", null, quarter.toString());
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Names for the export: the header cells, and a label for each dimension's key. */
    public interface Labels {
        List<String> header();

        String dimension(String dimension);

        String key(String dimension, String key);
    }

    private void lines(StringBuilder csv, String dimension, Map<String, Integer> now, Map<String, Integer> before,
                       Labels labels) {
        Map<String, String> keys = new LinkedHashMap<>();
        now.keySet().forEach(key -> keys.put(key, labels.key(dimension, key)));
        before.keySet().forEach(key -> keys.putIfAbsent(key, labels.key(dimension, key)));
        keys.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> csv
                .append(cell(labels.dimension(dimension))).append(';').append(cell(entry.getValue())).append(';')
                .append(suppressed(now.getOrDefault(entry.getKey(), 0))).append(';')
                .append(suppressed(before.getOrDefault(entry.getKey(), 0))).append("\r\n"));
    }

    /** A count as exported: below the threshold (but not zero) it becomes "<5". */
    String suppressed(int count) {
        return count > 0 && count < suppressBelow ? "<" + suppressBelow : String.valueOf(count);
    }

    /**
     * One cell of the export. A text a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a
     * carriage return, e.g. a district name typed as {@code =HYPERLINK(…)}) gets a leading apostrophe and is shown as
     * text (OWASP: CSV injection).
     */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(";") || safe.contains("\"") || !safe.equals(text)
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** For callers that build labels from a function. */
    public static Labels labels(List<String> header, Function<String, String> dimension,
                                BiFunction<String, String, String> key) {
        return new Labels() {
            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public String dimension(String name) {
                return dimension.apply(name);
            }

            @Override
            public String key(String name, String value) {
                return key.apply(name, value);
            }
        };
    }
}
