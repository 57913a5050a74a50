package dev.crossroads.energy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows the gas of a solved allocation from sources to markets, assuming gas mixes perfectly at nodes:
 * the unit cost of gas at each node (field cost plus tariffs, grossed up for transit-fee losses) and, for each
 * node, the share of its gas that crossed each country's arcs and the share produced in each country (the
 * countries of the sources it came from). Exact on the acyclic flows an optimum has; on a
 * flow with cycles (possible where tariffs are zero) nodes on the cycle are settled by a few sweeps.
 */
public final class FlowTrace {
    final double[] unitCostUsdPerKcm;
    final List<Map<String, Double>> countryShare;
    final List<Map<String, Double>> originShare;
    final Map<String, Integer> nodeIndex;
    /** For each node, the share of its gas that came from each source (field) id. */
    final List<Map<String, Double>> sourceShare;

    private final List<Map<String, Double>> srcByCountry;
    private final List<Map<String, Double>> srcById;

    FlowTrace(GasNetwork net, Map<String, Integer> nodeIndex, double[] flow, double[] supply) {
        this.nodeIndex = nodeIndex;
        int n = net.nodes().size();
        unitCostUsdPerKcm = new double[n];
        countryShare = new ArrayList<>();
        originShare = new ArrayList<>();
        sourceShare = new ArrayList<>();
        srcByCountry = new ArrayList<>();
        srcById = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            countryShare.add(new HashMap<>());
            originShare.add(new HashMap<>());
            sourceShare.add(new HashMap<>());
            srcByCountry.add(new HashMap<>());
            srcById.add(new HashMap<>());
        }
        double eps = 1e-9;
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            in.add(new ArrayList<>());
        }
        int[] indeg = new int[n];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int a = 0; a < flow.length; a++) {
            if (flow[a] > eps) {
                GasNetwork.Arc arc = net.arcs().get(a);
                int t = nodeIndex.get(arc.to());
                in.get(t).add(a);
                out.get(nodeIndex.get(arc.from())).add(a);
                indeg[t]++;
            }
        }
        double[] srcIn = new double[n];
        double[] srcCost = new double[n];
        for (int f = 0; f < supply.length; f++) {
            GasNetwork.Source s = net.sources().get(f);
            int v = nodeIndex.get(s.node());
            srcIn[v] += supply[f];
            srcCost[v] += supply[f] * s.costUsdPerKcm();
            if (supply[f] > eps) {
                srcByCountry.get(v).merge(s.country(), supply[f], Double::sum);
                srcById.get(v).merge(s.id(), supply[f], Double::sum);
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] done = new boolean[n];
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int v = ready.poll();
            done[v] = true;
            order.add(v);
            for (int a : out.get(v)) {
                int t = nodeIndex.get(net.arcs().get(a).to());
                if (--indeg[t] == 0) {
                    ready.add(t);
                }
            }
        }
        for (int v : order) {
            settle(net, nodeIndex, v, in.get(v), flow, srcIn[v], srcCost[v]);
        }
        List<Integer> cyclic = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!done[i]) {
                cyclic.add(i);
            }
        }
        for (int sweep = 0; sweep < 20 && !cyclic.isEmpty(); sweep++) {
            for (int v : cyclic) {
                settle(net, nodeIndex, v, in.get(v), flow, srcIn[v], srcCost[v]);
            }
        }
    }

    private void settle(
            GasNetwork net,
            Map<String, Integer> nodeIndex,
            int v,
            List<Integer> inArcs,
            double[] flow,
            double srcIn,
            double srcCost) {
        double volume = srcIn;
        double cost = srcCost;
        Map<String, Double> share = new HashMap<>();
        Map<String, Double> origin = new HashMap<>(srcByCountry.get(v));
        Map<String, Double> fields = new HashMap<>(srcById.get(v));
        for (int a : inArcs) {
            GasNetwork.Arc arc = net.arcs().get(a);
            int tail = nodeIndex.get(arc.from());
            double outVol = flow[a] * (1 - arc.transitFeeShare());
            volume += outVol;
            cost += flow[a] * (unitCostUsdPerKcm[tail] + arc.tariffUsdPerKcm());
            for (Map.Entry<String, Double> e : countryShare.get(tail).entrySet()) {
                if (!e.getKey().equals(arc.country())) {
                    share.merge(e.getKey(), e.getValue() * outVol, Double::sum);
                }
            }
            share.merge(arc.country(), outVol, Double::sum);
            for (Map.Entry<String, Double> e : originShare.get(tail).entrySet()) {
                origin.merge(e.getKey(), e.getValue() * outVol, Double::sum);
            }
            for (Map.Entry<String, Double> e : sourceShare.get(tail).entrySet()) {
                fields.merge(e.getKey(), e.getValue() * outVol, Double::sum);
            }
        }
        if (volume > 1e-12) {
            unitCostUsdPerKcm[v] = cost / volume;
            double vol = volume;
            share.replaceAll((k, val) -> val / vol);
            origin.replaceAll((k, val) -> val / vol);
            fields.replaceAll((k, val) -> val / vol);
        }
        countryShare.set(v, share);
        originShare.set(v, origin);
        sourceShare.set(v, fields);
    }

    /**
     * Gas from each field reaching each market in a solved allocation, traced through the network in proportion
     * to the mix at each node (the gas leaving a node carries the same mix of fields as all the gas entering it).
     * Rows in the order of the allocation's deliveries, then of the network's sources; volumes below 1e-6 bcm are
     * left out and the rest rounded to 1e-6.
     */
    public static List<FieldToMarket> fieldToMarket(GasNetwork net, AllocationResult r) {
        FlowTrace trace = of(net, r);
        List<FieldToMarket> result = new ArrayList<>();
        for (AllocationResult.MarketDelivery d : r.deliveries()) {
            Optional<GasNetwork.Sink> sink = net.sink(d.market());
            if (d.deliveredBcm() <= 1e-9 || sink.isEmpty()) {
                continue;
            }
            Map<String, Double> mix =
                    trace.sourceShare.get(trace.nodeIndex.get(sink.get().node()));
            for (GasNetwork.Source s : net.sources()) {
                double bcm = d.deliveredBcm() * mix.getOrDefault(s.id(), 0.0);
                if (bcm > 1e-6) {
                    result.add(new FieldToMarket(s.id(), d.market(), Math.round(bcm * 1e6) / 1e6));
                }
            }
        }
        return result;
    }

    /** The trace of an allocation result on the network it was solved on. */
    static FlowTrace of(GasNetwork net, AllocationResult r) {
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < net.nodes().size(); i++) {
            nodeIndex.put(net.nodes().get(i).id(), i);
        }
        Map<String, Double> flowById = new HashMap<>();
        r.flows().forEach(f -> flowById.merge(f.arc(), f.flowBcm(), Double::sum));
        double[] flow = new double[net.arcs().size()];
        for (int a = 0; a < flow.length; a++) {
            flow[a] = flowById.getOrDefault(net.arcs().get(a).id(), 0.0);
        }
        Map<String, Double> producedById = new HashMap<>();
        r.supplies().forEach(s -> producedById.merge(s.source(), s.producedBcm(), Double::sum));
        double[] supply = new double[net.sources().size()];
        for (int f = 0; f < supply.length; f++) {
            supply[f] = producedById.getOrDefault(net.sources().get(f).id(), 0.0);
        }
        return new FlowTrace(net, nodeIndex, flow, supply);
    }

    /** Gas from a field (source) reaching a market, in bcm. */
    public record FieldToMarket(String field, String market, double volumeBcm) {}
}
