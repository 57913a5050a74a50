package dev.crossroads.bench.energy;

import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Full warm N-1 of a GasLib network: wall time, process CPU time (the wall time two free cores would need is
 * about half of it), outages and LP solves; then, with a second argument K, every K-th outage of the ranking
 * re-solved on its own ({@link EnergyEngine#disrupt}: a fresh model, base solve, cut, solve) and compared.
 *
 * <pre>java -cp app/target/crossroads.jar dev.crossroads.bench.energy.NMinus1Check ../shared/data/gaslib/morgen/GasLib4197.net 100</pre>
 */
public final class NMinus1Check {
    private NMinus1Check() {}

    public static void main(String[] args) {
        GasNetwork net = GasLibFiles.read(Path.of(args[0]), 2025);
        EnergyEngine engine = new EnergyEngine();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        NMinus1Result warm = engine.nMinus1(net, 0, true, EnergyEngine.Progress.NONE);
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %d outages, %d LP solves, %.1f s wall, %.1f s CPU%n",
                net.name(),
                warm.outagesSolved(),
                warm.lpSolves(),
                warm.elapsedMillis() / 1000,
                cpu);
        if (args.length < 2) {
            return;
        }
        int every = Integer.parseInt(args[1]);
        int checked = 0;
        int differ = 0;
        double maxRel = 0;
        List<NMinus1Result.Outage> ranking = warm.ranking();
        for (int i = 0; i < ranking.size(); i += every) {
            NMinus1Result.Outage o = ranking.get(i);
            boolean ambiguous = o.kind().equals("element")
                    ? net.node(o.id()).isPresent()
                    : net.arcs().stream()
                            .anyMatch(a -> a.id().equals(o.id()) || a.element().equals(o.id()));
            if (ambiguous) {
                continue; // the id names an element and a node: a cut by id would take both
            }
            double alone = engine.disrupt(net, Disruption.cut(o.id())).disruptedNetbackUsd();
            double rel = Math.abs(alone - o.netbackUsd()) / Math.max(1e6, Math.abs(alone));
            maxRel = Math.max(maxRel, rel);
            checked++;
            if (rel > 1e-6) {
                differ++;
                System.out.printf(
                        Locale.ROOT, "differs: %s %s %.2f vs %.2f%n", o.kind(), o.id(), o.netbackUsd(), alone);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d outages (every %d-th of the ranking) re-solved alone: %d differ, max relative difference %.1e%n",
                checked,
                every,
                differ,
                maxRel);
    }
}
