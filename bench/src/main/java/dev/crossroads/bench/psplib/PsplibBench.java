package dev.crossroads.bench.psplib;

import dev.crossroads.core.pack.CsvReader;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.rcpsp.PsplibReader;
import dev.crossroads.rebuild.rcpsp.RcpspInstance;
import dev.crossroads.rebuild.rcpsp.RcpspResult;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the rebuild engine's CP-SAT scheduler on a folder of PSPLIB {@code .sm} instances and compares each
 * makespan with the best-known value from a bounds file ({@code instance,lower_bound,best_known_makespan,proven_optimal}).
 */
public final class PsplibBench {
    private PsplibBench() {}

    /** One instance's outcome. gapPercent = 100 (makespan - bestKnown) / bestKnown, when the best-known value is given. */
    public record InstanceResult(
            String instance,
            int makespan,
            Integer bound,
            Integer bestKnown,
            Double gapPercent,
            boolean optimal,
            int lowerBound,
            double seconds,
            boolean feasible,
            String method) {}

    public record Summary(int instances, int optimal, double meanGapPercent, double maxGapPercent) {}

    public record Report(List<InstanceResult> instances, Summary summary) {}

    /** Best-known values per instance file name. */
    public record Bound(int lowerBound, int bestKnown, boolean provenOptimal) {}

    public static Map<String, Bound> readBounds(Path file) throws IOException {
        Map<String, Bound> map = new HashMap<>();
        // strictly UTF-8 text without NUL: a binary file is refused with its line, not read as zero bounds
        CsvReader.Result csv = CsvReader.parse(dev.crossroads.core.input.InputText.read(file));
        List<CsvReader.Record> records = csv.records();
        if (records.isEmpty() || !records.get(0).cells().get(0).strip().equalsIgnoreCase("instance")) {
            throw new IllegalArgumentException(
                    file + ":1: expected the header instance,lower_bound,best_known_makespan,proven_optimal");
        }
        if (!csv.errors().isEmpty()) {
            CsvReader.SyntaxError e = csv.errors().get(0);
            throw new IllegalArgumentException(file + ":" + e.line() + ":" + e.column() + ": " + e.message());
        }
        for (CsvReader.Record r : records.subList(1, records.size())) {
            List<String> f = r.cells().stream().map(String::strip).toList();
            if (f.size() < 4) {
                throw new IllegalArgumentException(
                        file + ":" + r.line() + ": expected instance,lower_bound,best_known_makespan,proven_optimal");
            }
            try {
                int lb = f.get(1).isEmpty() ? 0 : Integer.parseInt(f.get(1));
                map.put(
                        f.get(0),
                        new Bound(lb, Integer.parseInt(f.get(2)), f.get(3).equalsIgnoreCase("yes")));
            } catch (NumberFormatException e) {
                String l = String.join(",", r.cells());
                throw new IllegalArgumentException(file + ":" + r.line() + ": not a whole number in '"
                        + (l.length() > 60 ? l.substring(0, 60) + "..." : l) + "'");
            }
        }
        return map;
    }

    /** The .sm files of a folder in natural order (j301_1, j301_2, ..., j3010_1), sampled: every k-th, at most limit. */
    public static List<Path> instances(Path dir, int every, int limit) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no instance folder at " + dir);
        }
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(p -> p.getFileName().toString().endsWith(".sm"))
                    .sorted(Comparator.comparing(PsplibBench::key))
                    .toList();
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no .sm files in " + dir);
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < all.size() && out.size() < limit; i += Math.max(1, every)) {
            out.add(all.get(i));
        }
        return out;
    }

    private static String key(Path p) {
        String n = p.getFileName().toString().replace(".sm", "");
        String[] parts = n.split("_");
        String digits = parts[0].replaceAll("\\D", "");
        String group = digits.length() > 2 ? digits.substring(digits.startsWith("120") ? 3 : 2) : digits;
        int g = group.isEmpty() ? 0 : Integer.parseInt(group);
        int k = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return String.format(Locale.ROOT, "%s-%05d-%05d", parts[0].replaceAll("\\d", ""), g, k);
    }

    /** A PSPLIB single-mode file ({@code .sm}), opened here and parsed by {@link PsplibReader}. */
    public static RcpspInstance read(Path file) {
        return PsplibReader.parse(
                file.getFileName().toString(),
                dev.crossroads.core.input.InputText.read(file).lines().toList());
    }

    public static Report run(
            List<Path> files, Map<String, Bound> bounds, SolveParameters params, Consumer<InstanceResult> each) {
        return run(files, bounds, params, List.of(RebuildEngine.RcpspMethod.LNS), each);
    }

    /**
     * Each instance solved by each method in turn (side by side: the machine's load affects both alike); the
     * summary is the first method's.
     */
    public static Report run(
            List<Path> files,
            Map<String, Bound> bounds,
            SolveParameters params,
            List<RebuildEngine.RcpspMethod> methods,
            Consumer<InstanceResult> each) {
        List<InstanceResult> results = new ArrayList<>();
        for (Path f : files) {
            for (RebuildEngine.RcpspMethod method : methods) {
                RcpspInstance inst = read(f);
                RcpspResult r = RebuildEngine.rcpsp(inst, params, SolveListener.none(), method);
                boolean feasible = inst.check(r.start()).isEmpty();
                Bound b = bounds.get(inst.name());
                Integer best = b == null ? null : b.bestKnown();
                Double gap = best == null ? null : 100.0 * (r.makespan() - best) / best;
                InstanceResult ir = new InstanceResult(
                        inst.name(),
                        r.makespan(),
                        b == null ? null : b.lowerBound(),
                        best,
                        gap,
                        r.optimal(),
                        r.lowerBound(),
                        r.seconds(),
                        feasible,
                        method.name().toLowerCase(Locale.ROOT));
                results.add(ir);
                each.accept(ir);
            }
        }
        String first = methods.get(0).name().toLowerCase(Locale.ROOT);
        return new Report(
                results,
                summarise(results.stream().filter(r -> r.method().equals(first)).toList()));
    }

    /** The summary of each method's results, by method name. */
    public static Map<String, Summary> byMethod(List<InstanceResult> rs) {
        Map<String, Summary> out = new java.util.LinkedHashMap<>();
        rs.stream()
                .map(InstanceResult::method)
                .distinct()
                .forEach(m -> out.put(
                        m,
                        summarise(rs.stream().filter(r -> r.method().equals(m)).toList())));
        return out;
    }

    public static Summary summarise(List<InstanceResult> rs) {
        double[] gaps = rs.stream()
                .filter(r -> r.gapPercent() != null)
                .mapToDouble(InstanceResult::gapPercent)
                .toArray();
        return new Summary(
                rs.size(),
                (int) rs.stream().filter(InstanceResult::optimal).count(),
                Arrays.stream(gaps).average().orElse(0),
                Arrays.stream(gaps).max().orElse(0));
    }

    /** Median of the solve times in seconds. */
    public static double medianSeconds(List<InstanceResult> rs) {
        double[] secs =
                rs.stream().mapToDouble(InstanceResult::seconds).sorted().toArray();
        if (secs.length == 0) {
            return 0;
        }
        return secs.length % 2 == 1 ? secs[secs.length / 2] : (secs[secs.length / 2 - 1] + secs[secs.length / 2]) / 2;
    }
}
