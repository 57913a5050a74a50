package dev.crossroads.energy;

import static dev.crossroads.energy.Numbers.clean;
import static dev.crossroads.energy.Numbers.usd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * N-1 criticality: every element (all arcs of a pipeline, swap or GasLib pipe) and every node out in turn, ranked
 * by the netback lost, with basis reuse, skipping of outages that cannot change the optimum and one LP per class
 * of outages that force the same arcs to zero ({@link ForcedZeroClosure}).
 */
final class NMinus1Analysis {
    private NMinus1Analysis() {}

    /**
     * Takes out every element and every node in turn and ranks the outages by netback lost. With {@code
     * warmStart} one LP is kept and only bounds change between solves (GLOP re-solves from the previous basis);
     * without it each outage builds and solves a fresh LP (the reference). Only the first {@code maxOutages}
     * outages are run (benchmarks); {@code workers} threads do the warm re-solves.
     *
     * <p>With {@code warmStart}, outages that cannot change the optimum are not solved. Claim: if every arc an
     * outage cuts carries zero flow in the base optimum {@code z*}, and (for a node outage) nothing is produced or
     * delivered at the node and no market there receives transit fees, then {@code z*} is optimal after the
     * outage too. Proof: the outage only lowers upper bounds (arc capacities, and supply and demand caps at the
     * node) to zero; the objective is unchanged (the one objective change an outage can make, dropping a
     * fee-receiving market's overflow penalty, is excluded). {@code z*} has zero on every lowered variable, so it
     * satisfies the new bounds: it is feasible for the restricted LP, whose feasible set is a subset of the base
     * one. As {@code z*} maximises the objective over the larger set, it maximises it over the subset. So the
     * outage's netback is the base netback and the base deliveries are an optimal answer. The cold reference
     * ({@code warmStart = false}) solves every outage; the property test checks that both agree.
     *
     * @param top how many of the ranking to return (0 or less: all)
     */
    static NMinus1Result run(
            GasNetwork network,
            int top,
            boolean warmStart,
            EnergyEngine.Progress progress,
            int maxOutages,
            int workers) {
        List<Outage> all = outages(network);
        List<Outage> outages = all.subList(0, Math.min(maxOutages, all.size()));
        long t0 = System.nanoTime();
        List<NMinus1Result.Outage> results = new ArrayList<>(outages.size());
        double baseNetback;
        double[] baseDelivery;
        int skipped = 0;
        int lpSolves;
        try (Allocation lp = new Allocation(network)) {
            Allocation.Solution base = lp.solve();
            baseNetback = base.netbackMusd();
            baseDelivery = base.delivery();
            Allocation.Light baseLight = new Allocation.Light(baseNetback, baseDelivery, base.shortfallTotal());
            if (warmStart) {
                Set<String> idleNodes = idleNodes(lp, base);
                Allocation.Light[] sols = new Allocation.Light[outages.size()];
                // outages whose cuts force the same arcs to zero share one LP: solve each such class once
                Map<String, Integer> classOf = new HashMap<>();
                List<Integer> representatives = new ArrayList<>();
                int[] representative = new int[outages.size()];
                ForcedZeroClosure closure = new ForcedZeroClosure(network);
                for (int i = 0; i < outages.size(); i++) {
                    Outage o = outages.get(i);
                    if (cannotChange(o, base.flow(), idleNodes)) {
                        sols[i] = baseLight;
                        representative[i] = -1;
                        skipped++;
                        continue;
                    }
                    String key = closure.key(o.cut);
                    Integer rep = classOf.get(key);
                    if (rep == null) {
                        classOf.put(key, i);
                        representatives.add(i);
                        representative[i] = i;
                    } else {
                        representative[i] = rep;
                    }
                }
                solveInParallel(
                        network,
                        lp,
                        outages,
                        representatives,
                        sols,
                        progress,
                        outages.size() - representatives.size(),
                        workers);
                for (int i = 0; i < outages.size(); i++) {
                    if (sols[i] == null) {
                        sols[i] = sols[representative[i]];
                    }
                    results.add(outcome(network, outages.get(i), sols[i], baseNetback, baseDelivery));
                }
                lpSolves = representatives.size();
            } else {
                int done = 0;
                for (Outage o : outages) {
                    Allocation.Light sol;
                    try (Allocation cold = new Allocation(network)) {
                        Disruptions.apply(cold, o.cut, 0);
                        sol = cold.solveLight();
                    }
                    results.add(outcome(network, o, sol, baseNetback, baseDelivery));
                    progress.step(++done, outages.size());
                }
                lpSolves = outages.size();
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e6;
        results.sort(Comparator.comparingDouble((NMinus1Result.Outage o) -> -o.lostNetbackUsd())
                .thenComparing(o -> -o.lostBcm())
                .thenComparing(NMinus1Result.Outage::kind)
                .thenComparing(NMinus1Result.Outage::id));
        List<NMinus1Result.Outage> ranked = new ArrayList<>();
        int limit = top > 0 ? Math.min(top, results.size()) : results.size();
        for (int i = 0; i < limit; i++) {
            NMinus1Result.Outage o = results.get(i);
            ranked.add(new NMinus1Result.Outage(
                    i + 1,
                    o.kind(),
                    o.id(),
                    o.country(),
                    o.lostNetbackUsd(),
                    o.lostBcm(),
                    o.netbackUsd(),
                    o.shortfallBcm(),
                    o.marketsHit()));
        }
        return new NMinus1Result(
                network.name(), network.year(), usd(baseNetback), outages.size(), lpSolves, warmStart, elapsed, ranked);
    }

    /** Workers of the warm N-1: the machine's cores, at most two (the project's machine kind). */
    static final int N1_WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * Solves the outages {@code todo} (indices into {@code outages}) from a warm basis, {@code workers}
     * threads each on its own copy of the LP started from the base optimum, each taking a fixed contiguous share
     * of the list (so the sequence of warm starts, and so the result, does not depend on timing).
     */
    private static void solveInParallel(
            GasNetwork network,
            Allocation lp,
            List<Outage> outages,
            List<Integer> todo,
            Allocation.Light[] sols,
            EnergyEngine.Progress progress,
            int alreadyDone,
            int requestedWorkers) {
        int workers = Math.max(1, Math.min(requestedWorkers, todo.size() / 2));
        int total = outages.size();
        int[] done = {alreadyDone};
        Object lock = new Object();
        progress.step(alreadyDone, total);
        java.util.function.BiConsumer<Allocation, List<Integer>> work = (model, share) -> {
            for (int i : share) {
                Outage o = outages.get(i);
                Disruptions.apply(model, o.cut, 0);
                sols[i] = model.solveLight();
                restore(model, o.cut);
                synchronized (lock) {
                    progress.step(++done[0], total);
                }
            }
        };
        if (workers == 1) {
            work.accept(lp, todo);
            return;
        }
        int per = (todo.size() + workers - 1) / workers;
        List<Thread> threads = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int w = 1; w < workers; w++) {
            List<Integer> share = todo.subList(Math.min(todo.size(), w * per), Math.min(todo.size(), (w + 1) * per));
            Thread t = new Thread(
                    () -> {
                        try (Allocation model = new Allocation(network)) {
                            model.solve();
                            work.accept(model, share);
                        } catch (RuntimeException e) {
                            synchronized (lock) {
                                failure[0] = e;
                            }
                        }
                    },
                    "n-1-worker-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        work.accept(lp, todo.subList(0, Math.min(todo.size(), per)));
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EnergyException("N-1 interrupted");
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Nodes where the base optimum produces and delivers nothing and no market receives transit fees. */
    private static Set<String> idleNodes(Allocation lp, Allocation.Solution base) {
        GasNetwork net = lp.network;
        Set<String> busy = new java.util.HashSet<>();
        for (int f = 0; f < net.sources().size(); f++) {
            if (base.supply()[f] > 0) {
                busy.add(net.sources().get(f).node());
            }
        }
        for (int m = 0; m < net.sinks().size(); m++) {
            if (base.delivered(m) > 0 || lp.receivesFee(m)) {
                busy.add(net.sinks().get(m).node());
            }
        }
        Set<String> idle = new java.util.HashSet<>();
        net.nodes().forEach(n -> {
            if (!busy.contains(n.id())) {
                idle.add(n.id());
            }
        });
        return idle;
    }

    private static boolean cannotChange(Outage o, double[] baseFlow, Set<String> idleNodes) {
        for (int a : o.cut.arcCaps().keySet()) {
            if (baseFlow[a] != 0) {
                return false;
            }
        }
        return idleNodes.containsAll(o.cut.nodes());
    }

    record Outage(String kind, String id, String country, Disruptions.Cut cut) {}

    private static List<Outage> outages(GasNetwork net) {
        Map<String, Map<Integer, Double>> byElement = new LinkedHashMap<>();
        Map<String, String> elementCountry = new HashMap<>();
        Map<String, Map<Integer, Double>> byNode = new LinkedHashMap<>();
        for (int a = 0; a < net.arcs().size(); a++) {
            GasNetwork.Arc arc = net.arcs().get(a);
            byElement.computeIfAbsent(arc.element(), k -> new LinkedHashMap<>()).put(a, 0.0);
            elementCountry.putIfAbsent(arc.element(), arc.country());
            byNode.computeIfAbsent(arc.from(), k -> new LinkedHashMap<>()).put(a, 0.0);
            byNode.computeIfAbsent(arc.to(), k -> new LinkedHashMap<>()).put(a, 0.0);
        }
        List<Outage> out = new ArrayList<>();
        byElement.forEach((e, caps) ->
                out.add(new Outage("element", e, elementCountry.get(e), new Disruptions.Cut(caps, Set.of()))));
        for (GasNetwork.Node n : net.nodes()) {
            Map<Integer, Double> caps = byNode.getOrDefault(n.id(), Map.of());
            out.add(new Outage("node", n.id(), n.country(), new Disruptions.Cut(caps, Set.of(n.id()))));
        }
        return out;
    }

    private static void restore(Allocation lp, Disruptions.Cut cut) {
        cut.arcCaps().keySet().forEach(a -> lp.setArcCapacity(a, lp.arcCap[a]));
        GasNetwork net = lp.network;
        if (!cut.nodes().isEmpty()) {
            for (int f = 0; f < net.sources().size(); f++) {
                if (cut.nodes().contains(net.sources().get(f).node())) {
                    lp.setSourceCapacity(f, lp.sourceCap[f]);
                }
            }
            for (int m = 0; m < net.sinks().size(); m++) {
                if (cut.nodes().contains(net.sinks().get(m).node())) {
                    lp.setSinkBounds(m, lp.sinkMin[m], lp.sinkCap[m]);
                }
            }
        }
    }

    private static NMinus1Result.Outage outcome(
            GasNetwork net, Outage o, Allocation.Light sol, double baseNetback, double[] baseDelivery) {
        double lostBcm = 0;
        List<String> hit = new ArrayList<>();
        for (int m = 0; m < baseDelivery.length; m++) {
            double lost = baseDelivery[m] - sol.delivery()[m];
            lostBcm += lost;
            if (lost > 1e-4) {
                hit.add(net.sinks().get(m).id());
            }
        }
        return new NMinus1Result.Outage(
                0,
                o.kind(),
                o.id(),
                o.country(),
                usd(baseNetback - sol.netbackMusd()),
                clean(Math.round(lostBcm * 1e6) / 1e6),
                usd(sol.netbackMusd()),
                clean(sol.shortfallTotal()),
                hit);
    }
}
