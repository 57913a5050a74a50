package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.bench.psplib.PsplibBench;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossroads bench psplib}: the rebuild scheduler on PSPLIB single-mode RCPSP instances. */
@Command(
        name = "psplib",
        mixinStandardHelpOptions = true,
        description = "Solve PSPLIB .sm instances (makespan) with the rebuild engine's CP-SAT core; gap to best-known.")
public final class BenchPsplibCommand implements Callable<Integer> {
    @Option(
            names = "--dir",
            required = true,
            paramLabel = "DIR",
            description = "Folder of .sm files (e.g. ../shared/data/psplib/j30).")
    Path dir;

    @Option(
            names = "--bounds",
            paramLabel = "FILE",
            description = "bounds.csv: instance,lower_bound,best_known_makespan,proven_optimal.")
    Path bounds;

    @Option(
            names = "--time-limit",
            paramLabel = "S",
            defaultValue = "10",
            description = "Seconds per instance (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(
            names = "--work-limit",
            paramLabel = "W",
            description = "Stop each instance on W of CP-SAT's deterministic work (about a second of one core each) "
                    + "instead of on the wall clock: the same figures on any machine (CP-SAT then runs one worker); "
                    + "--time-limit is then an outer limit (default 3600 s).")
    Double workLimit;

    @Option(
            names = "--workers",
            paramLabel = "N",
            defaultValue = "2",
            description = "CP-SAT workers (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(
            names = "--every",
            paramLabel = "K",
            defaultValue = "1",
            description = "Take every K-th instance in natural order (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "" + Integer.MAX_VALUE,
            description = "At most N instances.")
    int limit;

    @Option(
            names = "--method",
            paramLabel = "M",
            split = ",",
            defaultValue = "lns",
            description = "lns (default: genetic first schedule, CP-SAT, then large-neighbourhood search around "
                    + "CP-SAT) or cp (CP-SAT alone); several, comma-separated, run side by side on each instance.")
    List<String> methods;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (every < 1 || limit < 1 || workers < 1 || !(timeLimit > 0)) {
            throw new UserException("--every, --limit, --workers and --time-limit must be positive");
        }
        if (workLimit != null && !(workLimit > 0)) {
            throw new UserException("--work-limit must be positive, got " + workLimit);
        }
        boolean timeGiven = spec.commandLine().getParseResult().hasMatchedOption("--time-limit");
        SolveParameters params = workLimit == null
                ? new SolveParameters(timeLimit, workers, 0)
                : new SolveParameters(timeGiven ? timeLimit : 3600, workers, 0, workLimit);
        if (!Files.isDirectory(dir)) {
            throw new UserException("no instance folder at " + dir + ": pass --dir with a folder of PSPLIB .sm files");
        }
        Map<String, PsplibBench.Bound> b = Map.of();
        if (bounds != null) {
            if (!Files.isRegularFile(bounds)) {
                throw new UserException("no bounds file at " + bounds);
            }
            b = PsplibBench.readBounds(bounds);
        }
        List<RebuildEngine.RcpspMethod> ms = new java.util.ArrayList<>();
        for (String m : methods) {
            try {
                ms.add(RebuildEngine.RcpspMethod.valueOf(m.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserException("unknown --method '" + m + "': use lns or cp");
            }
        }
        boolean several = ms.size() > 1;
        List<Path> files = PsplibBench.instances(dir, every, limit);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean table = format != Format.JSON;
        if (table) {
            out.printf(
                    Locale.ROOT,
                    "%-16s %s%8s %8s %8s %7s %8s %8s%n",
                    "instance",
                    several ? String.format(Locale.ROOT, "%-4s ", "how") : "",
                    "makespan",
                    "bound",
                    "best",
                    "gap%",
                    "optimal",
                    "seconds");
            out.flush();
        }
        int[] done = {0};
        PsplibBench.Report report = PsplibBench.run(files, b, params, ms, r -> {
            done[0]++;
            if (table) {
                out.printf(
                        Locale.ROOT,
                        "%-16s %s%8d %8s %8s %7s %8s %8.2f%s%n",
                        r.instance(),
                        several ? String.format(Locale.ROOT, "%-4s ", r.method()) : "",
                        r.makespan(),
                        r.bound() == null ? "-" : r.bound().toString(),
                        r.bestKnown() == null ? "-" : r.bestKnown().toString(),
                        r.gapPercent() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.gapPercent()),
                        r.optimal() ? "yes" : "no",
                        r.seconds(),
                        r.feasible() ? "" : "  INFEASIBLE SCHEDULE");
                out.flush();
            } else {
                err.printf(Locale.ROOT, "\r%d/%d %s", done[0], files.size(), r.instance());
                err.flush();
            }
        });
        if (!table) {
            err.println();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("instances", report.instances());
            json.put("summary", report.summary());
            if (several) {
                json.put("methods", PsplibBench.byMethod(report.instances()));
            }
            out.print(Json.write(json));
        } else {
            if (several) {
                PsplibBench.byMethod(report.instances())
                        .forEach((m, sm) -> out.printf(
                                Locale.ROOT,
                                "%s: proven optimal %d, mean gap %.3f%%, max gap %.2f%%%n",
                                m,
                                sm.optimal(),
                                sm.meanGapPercent(),
                                sm.maxGapPercent()));
            }
            PsplibBench.Summary s = report.summary();
            double max = report.instances().stream()
                    .mapToDouble(PsplibBench.InstanceResult::seconds)
                    .max()
                    .orElse(0);
            out.printf(
                    Locale.ROOT,
                    "%ninstances %d, proven optimal %d, mean gap to best-known %.3f%%, max gap %.2f%%, "
                            + "median time %.2f s, max time %.2f s (%s, %d workers)%n",
                    s.instances(),
                    s.optimal(),
                    s.meanGapPercent(),
                    s.maxGapPercent(),
                    PsplibBench.medianSeconds(report.instances()),
                    max,
                    params.deterministic()
                            ? String.format(
                                    Locale.ROOT,
                                    "work limit %s, %.0f s outer limit",
                                    params.workLimit(),
                                    params.timeLimitSeconds())
                            : String.format(Locale.ROOT, "%.0f s limit", timeLimit),
                    params.deterministic() ? 1 : workers);
        }
        out.flush();
        long bad = report.instances().stream().filter(r -> !r.feasible()).count();
        return bad == 0 ? 0 : 3;
    }
}
