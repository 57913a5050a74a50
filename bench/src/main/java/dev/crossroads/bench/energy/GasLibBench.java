package dev.crossroads.bench.energy;

import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GasLib benchmark: allocation median solve time, full N-1 with basis reuse against cold re-solves (cold on the
 * first {@code coldSample} outages, per-outage ratio), and the same LP exported as MPS and solved by glpsol and
 * clp side by side (time ratio and objective). Usage:
 * {@code GasLibBench FILE|PACKDIR [...]} with {@code -Dbench.repeats=5 -Dbench.coldSample=300 -Dbench.warmMax=N}
 * ({@code warmMax}: only the first N outages with basis reuse, for very large networks; a pack directory is
 * modelled in {@code -Dbench.year}, default 2025).
 * Prints one Markdown table row per file.
 */
public final class GasLibBench {
    private GasLibBench() {}

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 5);
        int coldSample = Integer.getInteger("bench.coldSample", 300);
        int warmMax = Integer.getInteger("bench.warmMax", Integer.MAX_VALUE);
        EnergyEngine engine = new EnergyEngine();
        System.out.println(HEADER);
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String a : args) {
            GasNetwork net;
            if (Files.isDirectory(Path.of(a))) {
                // a region pack directory: its gas network in year bench.year (default 2025)
                dev.crossroads.core.pack.RegionPack pack = dev.crossroads.core.pack.PackLoader.load(Path.of(a));
                net = GasNetwork.fromPack(pack.meta().name(), pack.gas(), Integer.getInteger("bench.year", 2025));
            } else {
                net = GasLibFiles.read(Path.of(a), 2025);
            }
            System.out.println(row(engine, net, repeats, coldSample, warmMax));
        }
    }

    public static final String HEADER =
            "| network | arcs | alloc median ms | GLOP solve-only median ms | N-1 outages | LP solves | N-1 warm s | warm ms/outage | cold ms/outage (sample) | cold/warm | glpsol ms (process) | glpsol solver s | clp ms (process) | clp solver s | ours/glpsol (process) | ours/clp (process) | objective ours / glpsol / clp (M USD) |";

    public static String row(EnergyEngine engine, GasNetwork net, int repeats, int coldSample, int warmMax)
            throws IOException, InterruptedException {
        double[] t = new double[repeats];
        double[] solveOnly = new double[repeats];
        AllocationResult r = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            r = engine.allocate(net);
            t[i] = (System.nanoTime() - t0) / 1e6;
            solveOnly[i] = r.solveMillis();
        }
        double median = median(t);
        NMinus1Result warm = engine.nMinus1(net, 1, true, EnergyEngine.Progress.NONE, warmMax);
        NMinus1Result cold = engine.nMinus1(net, 1, false, EnergyEngine.Progress.NONE, coldSample);
        double warmPer = warm.elapsedMillis() / warm.outagesSolved();
        double coldPer = cold.elapsedMillis() / cold.outagesSolved();
        Path mps = Files.createTempFile("crossroads-" + net.name(), ".mps");
        String text = engine.exportMps(net);
        Files.writeString(mps, text);
        // GLPK reads no OBJSENSE section and wants a model name: give it both on its command line and file
        Path glpMps = Files.createTempFile("crossroads-glpk-" + net.name(), ".mps");
        Files.writeString(
                glpMps, text.replace("OBJSENSE\n  MAX\n", "").replaceFirst("NAME\\s*\n", "NAME crossroads\n"));
        Peer glp = run(
                List.of("glpsol", "--freemps", glpMps.toString(), "--max"),
                "obj =\\s*([-+0-9.eE]+)",
                "Time used:\\s*([0-9.]+)");
        Peer clp = run(
                List.of("clp", mps.toString(), "-maximize", "-dualsimplex"),
                "Optimal objective\\s+([-+0-9.eE]+)",
                "iterations time\\s*([0-9.]+)");
        Files.deleteIfExists(mps);
        Files.deleteIfExists(glpMps);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %d | %d | %.2f | %.2f | %.2f (%d) | %.1f | %.0f | %s | %.0f | %s | %.2f | %.2f | %.3f / %s / %s |",
                net.name(),
                net.arcs().size(),
                median,
                median(solveOnly),
                warm.outagesSolved(),
                warm.lpSolves(),
                warm.elapsedMillis() / 1000,
                warmPer,
                coldPer,
                cold.outagesSolved(),
                coldPer / warmPer,
                glp.ms,
                glp.solverSeconds,
                clp.ms,
                clp.solverSeconds,
                median / glp.ms,
                median / clp.ms,
                r.netbackUsd() / 1e6,
                glp.objective,
                clp.objective);
    }

    /** A peer solver's process wall time, the solve time it reports itself, and its objective. */
    record Peer(double ms, String objective, String solverSeconds) {}

    static Peer run(List<String> cmd, String objectiveRegex, String timeRegex)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(cmd))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return new Peer(Double.NaN, "n/a (" + cmd.get(0) + " not installed)", "n/a");
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.MINUTES);
        double ms = (System.nanoTime() - t0) / 1e6;
        Matcher m = Pattern.compile(objectiveRegex).matcher(out);
        String obj = "?";
        while (m.find()) {
            obj = m.group(1);
        }
        Matcher tm = Pattern.compile(timeRegex).matcher(out);
        String secs = "?";
        while (tm.find()) {
            secs = tm.group(1);
        }
        return new Peer(ms, obj, secs);
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
