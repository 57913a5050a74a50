package dev.crossroads.rebuild.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The precedence graph of a problem: adjacency, topological order, CPM heads and tails, cycle finding. */
public final class Graph {
    private final List<List<Integer>> succ;
    private final List<List<Integer>> pred;
    private final int[] minDuration;
    private final int[] order;

    private Graph(List<List<Integer>> succ, List<List<Integer>> pred, int[] minDuration, int[] order) {
        this.succ = succ;
        this.pred = pred;
        this.minDuration = minDuration;
        this.order = order;
    }

    static Graph of(SchedulingProblem p) {
        int n = p.tasks().size();
        int[] minDur = new int[n];
        for (int i = 0; i < n; i++) {
            minDur[i] = p.tasks().get(i).modes().stream()
                    .mapToInt(SchedulingProblem.Mode::duration)
                    .min()
                    .orElseThrow();
        }
        List<int[]> edges = new ArrayList<>();
        p.precedences().forEach(e -> edges.add(new int[] {e.before(), e.after()}));
        Graph g = build(n, edges, minDur);
        if (g == null) {
            List<Integer> cycle = findCycle(n, edges).orElseThrow();
            StringBuilder sb = new StringBuilder();
            for (int v : cycle) {
                sb.append(sb.length() == 0 ? "" : " -> ")
                        .append(p.tasks().get(v).id());
            }
            throw new IllegalArgumentException("dependency cycle: " + sb);
        }
        return g;
    }

    private static Graph build(int n, List<int[]> edges, int[] minDur) {
        List<List<Integer>> succ = new ArrayList<>();
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
            pred.add(new ArrayList<>());
        }
        int[] indeg = new int[n];
        for (int[] e : edges) {
            succ.get(e[0]).add(e[1]);
            pred.get(e[1]).add(e[0]);
            indeg[e[1]]++;
        }
        int[] order = new int[n];
        int k = 0;
        Deque<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                q.add(i);
            }
        }
        while (!q.isEmpty()) {
            int v = q.poll();
            order[k++] = v;
            for (int w : succ.get(v)) {
                if (--indeg[w] == 0) {
                    q.add(w);
                }
            }
        }
        return k < n ? null : new Graph(succ, pred, minDur, order);
    }

    /** A cycle as a closed walk of task indices (first = last), if the edges have one. */
    public static Optional<List<Integer>> findCycle(int n, List<int[]> edges) {
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
        }
        edges.forEach(e -> succ.get(e[0]).add(e[1]));
        int[] color = new int[n];
        int[] parent = new int[n];
        for (int s = 0; s < n; s++) {
            if (color[s] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {s, 0});
            color[s] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int v = top[0];
                if (top[1] < succ.get(v).size()) {
                    int w = succ.get(v).get(top[1]++);
                    if (color[w] == 1) {
                        List<Integer> cycle = new ArrayList<>();
                        cycle.add(w);
                        for (int x = v; x != w; x = parent[x]) {
                            cycle.add(x);
                        }
                        cycle.add(w);
                        Collections.reverse(cycle);
                        return Optional.of(cycle);
                    }
                    if (color[w] == 0) {
                        color[w] = 1;
                        parent[w] = v;
                        stack.push(new int[] {w, 0});
                    }
                } else {
                    color[v] = 2;
                    stack.pop();
                }
            }
        }
        return Optional.empty();
    }

    List<Integer> successors(int i) {
        return succ.get(i);
    }

    List<Integer> predecessors(int i) {
        return pred.get(i);
    }

    int[] topologicalOrder() {
        return order.clone();
    }

    /** Earliest start of each task by precedence alone (shortest modes). */
    int[] heads() {
        int[] h = new int[order.length];
        for (int v : order) {
            for (int w : succ.get(v)) {
                h[w] = Math.max(h[w], h[v] + minDuration[v]);
            }
        }
        return h;
    }

    /** Per task its shortest duration plus the longest chain of successors after it. */
    int[] tails() {
        int[] t = new int[order.length];
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            int best = 0;
            for (int w : succ.get(v)) {
                best = Math.max(best, t[w]);
            }
            t[v] = best + minDuration[v];
        }
        return t;
    }

    int criticalPath() {
        int[] h = heads();
        int best = 0;
        for (int i = 0; i < h.length; i++) {
            best = Math.max(best, h[i] + minDuration[i]);
        }
        return best;
    }
}
