package dev.crossroads.bench.energy;

import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import dev.crossroads.energy.gaslib.GasLibImport;
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
 * {@code GasLibBench FILE [FILE...]} with {@code -Dbench.repeats=5 -Dbench.coldSample=300}.
 * Prints one Markdown table row per file.
 */
public final class GasLibBench {
    private GasLibBench() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 5);
        int coldSample = Integer.getInteger("bench.coldSample", 300);
        EnergyEngine engine = new EnergyEngine();
        System.out.println("| network | arcs | alloc median ms | N-1 outages | N-1 warm s | warm ms/outage | cold ms/outage (sample) | cold/warm | glpsol ms | clp ms | ours/glpsol | ours/clp | objective ours / glpsol / clp (M USD) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String a : args) {
            GasNetwork net = a.endsWith(".csv") || a.contains("caucasus") ? null : GasLibImport.read(Path.of(a), 2025);
            System.out.println(row(engine, net, repeats, coldSample));
        }
    }

    public static String row(EnergyEngine engine, GasNetwork net, int repeats, int coldSample) throws IOException, InterruptedException {
        double[] t = new double[repeats];
        AllocationResult r = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            r = engine.allocate(net);
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        double median = median(t);
        NMinus1Result warm = engine.nMinus1(net, 1, true, EnergyEngine.Progress.NONE);
        NMinus1Result cold = engine.nMinus1(net, 1, false, EnergyEngine.Progress.NONE, coldSample);
        double warmPer = warm.elapsedMillis() / warm.outagesSolved();
        double coldPer = cold.elapsedMillis() / cold.outagesSolved();
        Path mps = Files.createTempFile("crossroads-" + net.name(), ".mps");
        String text = engine.exportMps(net);
        Files.writeString(mps, text);
        // GLPK reads no OBJSENSE section and wants a model name: give it both on its command line and file
        Path glpMps = Files.createTempFile("crossroads-glpk-" + net.name(), ".mps");
        Files.writeString(glpMps, text.replace("OBJSENSE\n  MAX\n", "").replaceFirst("NAME\\s*\n", "NAME crossroads\n"));
        Peer glp = run(List.of("glpsol", "--freemps", glpMps.toString(), "--max"), "obj =\\s*([-+0-9.eE]+)");
        Peer clp = run(List.of("clp", mps.toString(), "-maximize", "-dualsimplex"), "Optimal objective\\s+([-+0-9.eE]+)");
        Files.deleteIfExists(mps);
        Files.deleteIfExists(glpMps);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.2f | %.2f | %.2f (%d) | %.1f | %.0f | %.0f | %.2f | %.2f | %.3f / %s / %s |",
                net.name(), net.arcs().size(), median, warm.outagesSolved(), warm.elapsedMillis() / 1000, warmPer, coldPer,
                cold.outagesSolved(), coldPer / warmPer, glp.ms, clp.ms, median / glp.ms, median / clp.ms,
                r.netbackUsd() / 1e6, glp.objective, clp.objective);
    }

    record Peer(double ms, String objective) {
    }

    static Peer run(List<String> cmd, String objectiveRegex) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Peer(Double.NaN, "n/a (" + cmd.get(0) + " not installed)");
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.MINUTES);
        double ms = (System.nanoTime() - t0) / 1e6;
        Matcher m = Pattern.compile(objectiveRegex).matcher(out);
        String obj = "?";
        while (m.find()) {
            obj = m.group(1);
        }
        return new Peer(ms, obj);
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
