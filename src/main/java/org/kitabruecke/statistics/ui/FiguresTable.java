package org.kitabruecke.statistics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.kitabruecke.statistics.Quarter;

/**
 * One dimension of the figures as a table with a bar per line (the chart: plain HTML, no chart library, readable
 * by screen readers as the table it is): this quarter, the previous one, the change.
 */
final class FiguresTable {

    private FiguresTable() {
    }

    static Div of(Component page, String dimension, Map<String, Integer> now, Map<String, Integer> before,
                  BiFunction<String, String, String> label, Quarter quarter) {
        Map<String, String> keys = new LinkedHashMap<>();
        now.keySet().forEach(key -> keys.put(key, label.apply(dimension, key)));
        before.keySet().forEach(key -> keys.putIfAbsent(key, label.apply(dimension, key)));
        int max = Math.max(1, now.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        var table = new NativeTable();
        table.setId("figures-" + dimension);
        table.addClassName("kb-table");
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(page.getTranslation("statistics.dimension." + dimension));
        head.addHeaderCell().setText(quarter.toString());
        head.addHeaderCell().setText(quarter.previous().toString());
        head.addHeaderCell().setText(page.getTranslation("statistics.change"));
        head.addHeaderCell().setText("");
        keys.entrySet().stream().sorted((a, b) -> Integer.compare(now.getOrDefault(b.getKey(), 0),
                now.getOrDefault(a.getKey(), 0))).forEach(entry -> {
                    int count = now.getOrDefault(entry.getKey(), 0);
                    int previous = before.getOrDefault(entry.getKey(), 0);
                    var row = table.getBody().addRow();
                    row.addDataCell().setText(entry.getValue());
                    row.addDataCell().setText(String.valueOf(count));
                    row.addDataCell().setText(String.valueOf(previous));
                    row.addDataCell().setText(count == previous ? "±0"
                            : (count > previous ? "+" : "−") + Math.abs(count - previous));
                    var bar = new Div();
                    bar.addClassName("kb-bar");
                    bar.setWidth(Math.round(100.0 * count / max) + "%");
                    bar.getElement().setAttribute("aria-hidden", "true");
                    var cell = row.addDataCell();
                    cell.addClassName("kb-bar-cell");
                    cell.add(bar);
                });
        if (keys.isEmpty()) {
            table.getBody().addRow().addDataCell().setText(page.getTranslation("statistics.none"));
        }
        return new Div(new H3(page.getTranslation("statistics.dimension." + dimension)), table);
    }
}
