package dev.crossroads.core.pack;

import dev.crossroads.core.rebuild.Dependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cycles in {@code rebuild/dependencies.csv}: an order that no schedule can satisfy. */
final class DependencyCycles {
    private DependencyCycles() {}

    /** Reports each cycle among {@code deps} once, on the row that closes it. */
    static void check(List<Dependency> deps, LoadContext ctx) {
        Map<String, List<Dependency>> out = new LinkedHashMap<>();
        deps.forEach(
                d -> out.computeIfAbsent(d.before(), k -> new ArrayList<>()).add(d));
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String start : out.keySet()) {
            List<Dependency> path = new ArrayList<>();
            dfs(start, out, state, path, reported, ctx);
        }
    }

    private static void dfs(
            String node,
            Map<String, List<Dependency>> out,
            Map<String, Integer> state,
            List<Dependency> path,
            Set<String> reported,
            LoadContext ctx) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return;
        }
        state.put(node, 1);
        for (Dependency d : out.getOrDefault(node, List.of())) {
            Integer next = state.get(d.after());
            path.add(d);
            if (next != null && next == 1) {
                List<String> cycle = new ArrayList<>();
                int startAt = 0;
                for (int i = path.size() - 1; i >= 0; i--) {
                    if (path.get(i).before().equals(d.after())) {
                        startAt = i;
                        break;
                    }
                }
                for (int i = startAt; i < path.size(); i++) {
                    cycle.add(path.get(i).before());
                }
                cycle.add(d.after());
                String key = new java.util.TreeSet<>(cycle).toString();
                if (reported.add(key)) {
                    ctx.origin(d)
                            .error(
                                    "after",
                                    "dependency cycle: " + String.join(" -> ", cycle)
                                            + ": remove one of these rows so that the order can be satisfied");
                }
            } else if (next == null) {
                dfs(d.after(), out, state, path, reported, ctx);
            }
            path.remove(path.size() - 1);
        }
        state.put(node, 2);
    }
}
