package org.kitabruecke.statistics;

import java.util.Map;

/**
 * A quarter's counts, each dimension a map from its key (category name, district id, topic name, language code) to
 * the count. A request with two topics counts once per topic in {@link #byTopic}, once everywhere else. Entries
 * without a district count under {@link #NO_DISTRICT}, so that {@link #byDistrict} adds up to {@link #total}.
 */
public record Figures(Quarter quarter, int total, Map<String, Integer> byCategory, Map<String, Integer> byDistrict,
                      Map<String, Integer> byTopic, Map<String, Integer> byLanguage) {

    /** The key in {@link #byDistrict} of the entries made without a district. */
    public static final String NO_DISTRICT = "none";

    public Figures {
        byCategory = Map.copyOf(byCategory);
        byDistrict = Map.copyOf(byDistrict);
        byTopic = Map.copyOf(byTopic);
        byLanguage = Map.copyOf(byLanguage);
    }
}
