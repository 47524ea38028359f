package org.kitabruecke.drill;

import java.util.List;
import java.util.stream.Stream;

/**
 * A phase of the drill: its name and what is done to the cluster when it begins, as ops/cluster.sh commands.
 * Written as {@code steady;db1 down=kill db1;...;both back=start db1,start portal2}.
 */
record Phase(String name, List<String> actions) {

    static List<Phase> parse(String text) {
        return Stream.of(text.split(";")).map(String::strip).filter(p -> !p.isEmpty()).map(p -> {
            int equals = p.indexOf('=');
            return equals < 0 ? new Phase(p, List.of())
                    : new Phase(p.substring(0, equals).strip(), Stream.of(p.substring(equals + 1).split(","))
                            .map(String::strip).filter(a -> !a.isEmpty()).toList());
        }).toList();
    }
}
