package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.bench.vrp.VrpBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossroads bench vrp}: the routing solvers on CVRPLIB or Solomon instances against the best-known
 * costs. Several {@code --solver} values run side by side on the same instances with the same time.
 */
@Command(
        name = "vrp",
        mixinStandardHelpOptions = true,
        description = "Routing solvers on CVRPLIB (.vrp) or Solomon (.txt) instances: cost, best known, gap.")
public final class BenchVrpCommand implements Callable<Integer> {
    @Option(
            names = "--dir",
            required = true,
            paramLabel = "DIR",
            description = "Folder of instances (e.g. ../shared/data/cvrp/A).")
    Path dir;

    @Option(names = "--bks", required = true, paramLabel = "FILE", description = "Best-known costs (bks.json).")
    Path bks;

    @Option(
            names = "--time-limit",
            paramLabel = "S",
            defaultValue = "10",
            description = "Seconds per instance and solver (default ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(
            names = "--iterations",
            paramLabel = "N",
            description = "Stop each solver after N iterations in its own unit (hgs offspring, jsprit iterations, "
                    + "OR-Tools solutions) instead of on the wall clock: the same figures on any machine; "
                    + "--time-limit is then an outer limit (default 3600 s).")
    Long iterations;

    @Option(
            names = "--solver",
            paramLabel = "NAME",
            split = ",",
            defaultValue = "hgs",
            description =
                    "hgs (default: our hybrid genetic search for the CVRP and the VRPTW, one thread; problems it does not "
                            + "model go to the portfolio), portfolio (jsprit and OR-Tools racing on two cores), ortools, jsprit or seeded (one thread, "
                            + "one library seeding the other); repeat or separate by commas to compare side by side.")
    List<String> solvers;

    @Option(
            names = "--every",
            paramLabel = "K",
            defaultValue = "1",
            description = "Take every K-th instance in name order.")
    int every;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N instances (0 = all).")
    int limit;

    @Option(
            names = "--separately",
            description =
                    "Run ortools and jsprit on their own even when the portfolio is run too "
                            + "(by default their figures are their own threads in the portfolio's race: same limit, one core each).")
    boolean separately;

    @Option(
            names = "--fleet-from-name",
            description =
                    "CVRPLIB: exactly the K vehicles of the name (-kK) instead of an unlimited fleet, "
                            + "as the classic Augerat best-known costs (A, B, P) assume; the X best-known costs allow any number.")
    boolean fleetFromName;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(timeLimit > 0)) {
            throw new UserException("--time-limit must be positive, got " + timeLimit);
        }
        if (!bks.toFile().isFile()) {
            throw new UserException(
                    "no best-known file at " + bks + ": pass --bks with the bks.json of the instance set");
        }
        if (iterations != null && iterations < 1) {
            throw new UserException("--iterations must be at least 1, got " + iterations);
        }
        boolean timeGiven = spec.commandLine().getParseResult().hasMatchedOption("--time-limit");
        double seconds = iterations != null && !timeGiven ? 3600 : timeLimit;
        VrpBenchmark.Settings settings;
        try {
            settings = new VrpBenchmark.Settings(
                    dir,
                    bks,
                    Duration.ofMillis(Math.round(seconds * 1000)),
                    solvers,
                    every,
                    limit,
                    separately,
                    fleetFromName,
                    iterations == null ? OptionalLong.empty() : OptionalLong.of(iterations));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        VrpBenchmark.Report report = VrpBenchmark.run(
                settings,
                r -> err.printf(
                        Locale.ROOT,
                        "%s %s: %.2f (best %.2f, gap %.2f%%)%s%s%n",
                        r.name(),
                        r.solver(),
                        r.cost(),
                        r.bestKnown(),
                        r.gapPercent(),
                        r.feasible() ? "" : " INFEASIBLE",
                        r.run().equals(VrpBenchmark.ALONE) ? "" : " [" + r.run() + "]"));
        PrintWriter out = spec.commandLine().getOut();
        String primary = settings.solvers().get(0);
        if (format == Format.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("instances", report.instances());
            json.put("summary", report.summary(primary));
            if (settings.solvers().size() > 1) {
                json.put("solvers", report.bySolver());
            }
            out.print(Json.write(json));
            out.flush();
            return 0;
        }
        TextTable t = new TextTable(
                        "instance", "solver", "cost", "best known", "gap %", "routes", "seconds", "valid", "run")
                .right(2, 3, 4, 5, 6);
        for (VrpBenchmark.InstanceResult r : report.instances()) {
            t.add(
                    r.name(),
                    r.solver(),
                    fmt(r.cost()),
                    fmt(r.bestKnown()),
                    fmt(r.gapPercent()),
                    r.vehicles(),
                    fmt(r.seconds()),
                    r.feasible() ? "yes" : "NO: " + r.violations().get(0),
                    r.run());
        }
        out.print(t.render(format));
        if (format == Format.TABLE) {
            out.println();
            double best = report.bySolver().values().stream()
                    .mapToDouble(VrpBenchmark.Summary::meanGapPercent)
                    .min()
                    .orElse(0);
            report.bySolver()
                    .forEach((name, s) -> out.printf(
                            Locale.ROOT,
                            "%-10s instances %d  mean gap %.2f%%  max gap %.2f%%%s%n",
                            name,
                            s.instances(),
                            s.meanGapPercent(),
                            s.maxGapPercent(),
                            report.bySolver().size() > 1 && best > 0
                                    ? String.format(Locale.ROOT, "  ratio to best mean %.2f", s.meanGapPercent() / best)
                                    : ""));
        }
        out.flush();
        return 0;
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(x) < 0.005 ? 0.0 : x);
    }
}
