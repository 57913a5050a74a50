package dev.crossroads.energy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arcs an outage forces to zero, closed under flow balance: at a node without sources whose every
 * incoming arc is forced to zero, nothing can leave, so its outgoing arcs are forced too; at a node without
 * markets whose every outgoing arc is forced, nothing can arrive (a transit fee share is below 1), so its
 * incoming arcs are forced; at a node with neither whose only free arcs are the two fee-free directions of
 * one link, both are forced (see {@code visit}: this keeps the optimal netback, not the feasible set). The
 * rules only grow the set, so the closure does not depend on their order. Two outages with the same closure
 * and the same producing or consuming nodes cut have the same LP once the closure is fixed at zero, and each
 * has the optimal netback of that LP: one LP solve serves both. The key names that closure.
 */
final class ForcedZeroClosure {
    private final GasNetwork net;
    private final int[][] in;
    private final int[][] out;
    private final boolean[] hasSource;
    private final boolean[] hasSink;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final int[] forcedStamp;
    private final List<Integer> forcedList = new ArrayList<>();
    private int stamp;

    ForcedZeroClosure(GasNetwork net) {
        this.net = net;
        int n = net.nodes().size();
        for (int i = 0; i < n; i++) {
            nodeIndex.put(net.nodes().get(i).id(), i);
        }
        List<List<Integer>> ins = new ArrayList<>();
        List<List<Integer>> outs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ins.add(new ArrayList<>());
            outs.add(new ArrayList<>());
        }
        for (int a = 0; a < net.arcs().size(); a++) {
            outs.get(nodeIndex.get(net.arcs().get(a).from())).add(a);
            ins.get(nodeIndex.get(net.arcs().get(a).to())).add(a);
        }
        in = new int[n][];
        out = new int[n][];
        for (int i = 0; i < n; i++) {
            in[i] = ins.get(i).stream().mapToInt(Integer::intValue).toArray();
            out[i] = outs.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        hasSource = new boolean[n];
        hasSink = new boolean[n];
        net.sources().forEach(f -> hasSource[nodeIndex.get(f.node())] = true);
        net.sinks().forEach(m -> hasSink[nodeIndex.get(m.node())] = true);
        forcedStamp = new int[net.arcs().size()];
    }

    String key(Disruptions.Cut cut) {
        stamp++;
        forcedList.clear();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Integer, Double> e : cut.arcCaps().entrySet()) {
            if (e.getValue() == 0 && forcedStamp[e.getKey()] != stamp) {
                forcedStamp[e.getKey()] = stamp;
                forcedList.add(e.getKey());
                queue.add(e.getKey());
            }
        }
        java.util.TreeSet<Integer> explicitNodes = new java.util.TreeSet<>();
        for (String id : cut.nodes()) {
            int v = nodeIndex.get(id);
            if (hasSource[v] || hasSink[v]) {
                explicitNodes.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int a = queue.poll();
            GasNetwork.Arc arc = net.arcs().get(a);
            visit(nodeIndex.get(arc.to()), explicitNodes, queue);
            visit(nodeIndex.get(arc.from()), explicitNodes, queue);
        }
        StringBuilder key = new StringBuilder();
        forcedList.sort(null);
        forcedList.forEach(a -> key.append(a).append(','));
        key.append('|');
        explicitNodes.forEach(v -> key.append(v).append(','));
        // arcs cut only in part (a capacity above zero) are not forced; they make the key unique
        cut.arcCaps().forEach((a, cap) -> {
            if (cap != 0) {
                key.append('~').append(a).append('=').append(cap);
            }
        });
        return key.toString();
    }

    private void visit(int v, Set<Integer> explicitNodes, ArrayDeque<Integer> queue) {
        if ((!hasSource[v] || explicitNodes.contains(v)) && allForced(in[v])) {
            force(out[v], queue);
        }
        if ((!hasSink[v] || explicitNodes.contains(v)) && allForced(out[v])) {
            force(in[v], queue);
        }
        if (!hasSource[v] && !hasSink[v]) {
            // a pipe in series that ends here: only the two directions of one link to a node w are left,
            // both without a transit fee. Balance at v makes their flows equal, so dropping both keeps the
            // balance at w and, tariffs being non-negative, never lowers the netback: some optimum has both
            // at zero, and the LP with them forced has the same optimal netback
            int left = -1;
            int right = -1;
            int count = 0;
            for (int a : in[v]) {
                if (forcedStamp[a] != stamp) {
                    left = a;
                    count++;
                }
            }
            for (int a : out[v]) {
                if (forcedStamp[a] != stamp) {
                    right = a;
                    count++;
                }
            }
            if (count == 2 && left >= 0 && right >= 0) {
                GasNetwork.Arc into = net.arcs().get(left);
                GasNetwork.Arc outOf = net.arcs().get(right);
                if (into.from().equals(outOf.to()) && into.transitFeeShare() == 0 && outOf.transitFeeShare() == 0) {
                    force(new int[] {left, right}, queue);
                }
            }
        }
    }

    private boolean allForced(int[] arcs) {
        for (int a : arcs) {
            if (forcedStamp[a] != stamp) {
                return false;
            }
        }
        return true;
    }

    private void force(int[] arcs, ArrayDeque<Integer> queue) {
        for (int a : arcs) {
            if (forcedStamp[a] != stamp) {
                forcedStamp[a] = stamp;
                forcedList.add(a);
                queue.add(a);
            }
        }
    }
}
