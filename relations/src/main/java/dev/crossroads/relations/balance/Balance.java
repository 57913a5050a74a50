package dev.crossroads.relations.balance;

import dev.crossroads.relations.ledger.SignedEdge;
import dev.crossroads.relations.ledger.SignedGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Triads and the frustration index of a signed graph. The frustration index is the minimum, over all
 * splits of the nodes into two camps, of the number of positive edges across camps plus negative edges
 * within a camp. Up to {@link #EXACT_LIMIT} connected nodes every split is enumerated in Gray-code order
 * (each step moves one node and updates the count from its edges only), which is exact. Beyond that a
 * local search (single-node moves until none helps, from a spanning-forest colouring and 31 seeded
 * random starts) gives an upper bound.
 */
public final class Balance {
    public static final int EXACT_LIMIT = 25;

    private Balance() {}

    public static List<Triad> triads(SignedGraph g) {
        Map<String, Integer> sign = new HashMap<>();
        Map<String, TreeSet<String>> adj = new TreeMap<>();
        for (SignedEdge e : g.edges()) {
            if (e.sign() == 0) {
                continue;
            }
            sign.put(pair(e.a(), e.b()), e.sign());
            adj.computeIfAbsent(e.a(), k -> new TreeSet<>()).add(e.b());
            adj.computeIfAbsent(e.b(), k -> new TreeSet<>()).add(e.a());
        }
        List<Triad> out = new ArrayList<>();
        for (String a : adj.keySet()) {
            for (String b : adj.get(a).tailSet(a, false)) {
                for (String c : adj.get(b).tailSet(b, false)) {
                    if (adj.get(a).contains(c)) {
                        out.add(new Triad(a, b, c, sign.get(pair(a, b)), sign.get(pair(a, c)), sign.get(pair(b, c))));
                    }
                }
            }
        }
        return out;
    }

    static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    /** Frustration of the graph: count, edges to flip, exactness and method. */
    public record Frustration(int count, List<SignedEdge> edges, boolean exact, String method) {}

    public static Frustration frustration(SignedGraph g) {
        List<SignedEdge> edges = g.edges().stream().filter(e -> e.sign() != 0).toList();
        TreeSet<String> nodeSet = new TreeSet<>();
        edges.forEach(e -> {
            nodeSet.add(e.a());
            nodeSet.add(e.b());
        });
        List<String> nodes = List.copyOf(nodeSet);
        int n = nodes.size();
        if (n == 0) {
            return new Frustration(0, List.of(), true, "empty graph");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        int[] ea = new int[edges.size()];
        int[] eb = new int[edges.size()];
        int[] es = new int[edges.size()];
        List<List<Integer>> incident = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            incident.add(new ArrayList<>());
        }
        for (int k = 0; k < edges.size(); k++) {
            ea[k] = index.get(edges.get(k).a());
            eb[k] = index.get(edges.get(k).b());
            es[k] = edges.get(k).sign();
            incident.get(ea[k]).add(k);
            incident.get(eb[k]).add(k);
        }
        boolean[] side;
        boolean exact = n <= EXACT_LIMIT;
        String method;
        if (exact) {
            side = exhaustive(n, ea, eb, es, incident);
            method = "exhaustive search over all " + (1L << (n - 1)) + " bipartitions of " + n + " nodes";
        } else {
            side = localSearch(n, ea, eb, es, incident, new Random(20240101L));
            method =
                    "upper bound: best of 32 local searches (spanning-forest start and 31 random starts, seed 20240101) over "
                            + n + " nodes";
        }
        List<SignedEdge> frustrated = new ArrayList<>();
        for (int k = 0; k < edges.size(); k++) {
            if (violated(side, ea[k], eb[k], es[k])) {
                frustrated.add(edges.get(k));
            }
        }
        return new Frustration(frustrated.size(), frustrated, exact, method);
    }

    private static boolean violated(boolean[] side, int a, int b, int s) {
        return s > 0 ? side[a] != side[b] : side[a] == side[b];
    }

    private static boolean[] exhaustive(int n, int[] ea, int[] eb, int[] es, List<List<Integer>> incident) {
        boolean[] side = new boolean[n];
        int count = 0;
        for (int k = 0; k < ea.length; k++) {
            if (violated(side, ea[k], eb[k], es[k])) {
                count++;
            }
        }
        int best = count;
        long bestCode = 0;
        long total = 1L << (n - 1); // node n-1 stays on side false: a split and its mirror are the same
        long gray = 0;
        for (long i = 1; i < total; i++) {
            int v = Long.numberOfTrailingZeros(i);
            for (int k : incident.get(v)) {
                boolean before = violated(side, ea[k], eb[k], es[k]);
                side[v] = !side[v];
                boolean after = violated(side, ea[k], eb[k], es[k]);
                side[v] = !side[v];
                count += (after ? 1 : 0) - (before ? 1 : 0);
            }
            side[v] = !side[v];
            gray ^= 1L << v;
            if (count < best) {
                best = count;
                bestCode = gray;
            }
        }
        boolean[] out = new boolean[n];
        for (int v = 0; v < n; v++) {
            out[v] = ((bestCode >> v) & 1L) != 0;
        }
        return out;
    }

    private static boolean[] localSearch(
            int n, int[] ea, int[] eb, int[] es, List<List<Integer>> incident, Random random) {
        boolean[] best = null;
        int bestCount = Integer.MAX_VALUE;
        for (int start = 0; start < 32; start++) {
            boolean[] side = start == 0 ? treeColouring(n, ea, eb, es, incident) : new boolean[n];
            for (int v = 0; start > 0 && v < n; v++) {
                side[v] = random.nextBoolean();
            }
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int v = 0; v < n; v++) {
                    int delta = 0;
                    for (int k : incident.get(v)) {
                        boolean before = violated(side, ea[k], eb[k], es[k]);
                        side[v] = !side[v];
                        boolean after = violated(side, ea[k], eb[k], es[k]);
                        side[v] = !side[v];
                        delta += (after ? 1 : 0) - (before ? 1 : 0);
                    }
                    if (delta < 0) {
                        side[v] = !side[v];
                        improved = true;
                    }
                }
            }
            int count = 0;
            for (int k = 0; k < ea.length; k++) {
                count += violated(side, ea[k], eb[k], es[k]) ? 1 : 0;
            }
            if (count < bestCount) {
                bestCount = count;
                best = side.clone();
            }
        }
        return best;
    }

    /**
     * Camps that satisfy a spanning forest's edges (breadth first): exact for a balanced graph, and only the
     * edges off the forest can be frustrated. The first start of the local search.
     */
    private static boolean[] treeColouring(int n, int[] ea, int[] eb, int[] es, List<List<Integer>> incident) {
        boolean[] side = new boolean[n];
        boolean[] seen = new boolean[n];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            seen[root] = true;
            queue.add(root);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int k : incident.get(v)) {
                    int u = ea[k] == v ? eb[k] : ea[k];
                    if (!seen[u]) {
                        seen[u] = true;
                        side[u] = es[k] > 0 ? side[v] : !side[v];
                        queue.add(u);
                    }
                }
            }
        }
        return side;
    }

    public static BalanceReport report(SignedGraph now, SignedGraph before) {
        List<Triad> triads = triads(now);
        Frustration f = frustration(now);
        Map<String, Triad> a = new TreeMap<>();
        triads(before).forEach(t -> a.put(t.key(), t));
        Map<String, Triad> b = new TreeMap<>();
        triads.forEach(t -> b.put(t.key(), t));
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<TriadChange> changed = new ArrayList<>();
        for (String k : keys) {
            Optional<Triad> x = Optional.ofNullable(a.get(k));
            Optional<Triad> y = Optional.ofNullable(b.get(k));
            if (!x.map(Triad::signs).equals(y.map(Triad::signs))) {
                changed.add(new TriadChange(k, x, y));
            }
        }
        long nodes = now.edges().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.a(), e.b()))
                .distinct()
                .count();
        return new BalanceReport(
                now.at(),
                before.at(),
                (int) nodes,
                now.edges().size(),
                triads.size(),
                triads.stream().filter(t -> !t.balanced()).toList(),
                f.count(),
                f.exact(),
                f.method(),
                f.edges(),
                changed);
    }
}
