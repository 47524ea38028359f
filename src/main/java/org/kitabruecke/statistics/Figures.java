package org.kitabruecke.statistics;

import java.util.Map;

/**
 * A quarter's counts, each dimension a map from its key (category name, district id, topic name, language code) to
 * the count. A request with two topics counts once per topic in {@link #byTopic}, once everywhere else.
 */
public record Figures(Quarter quarter, int total, Map<String, Integer> byCategory, Map<String, Integer> byDistrict,
                      Map<String, Integer> byTopic, Map<String, Integer> byLanguage) {

    public Figures {
        byCategory = Map.copyOf(byCategory);
        byDistrict = Map.copyOf(byDistrict);
        byTopic = Map.copyOf(byTopic);
        byLanguage = Map.copyOf(byLanguage);
    }
}
