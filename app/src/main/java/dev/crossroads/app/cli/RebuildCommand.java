package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.export.PlanExport;
import dev.crossroads.rebuild.needs.Needs;
import dev.crossroads.rebuild.programme.Comparison;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.PowerAvailability;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.ProgrammeSettings;
import dev.crossroads.rebuild.programme.WorkPackage;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads rebuild needs|plan|compare|export}: reconstruction needs and the programme. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = "Reconstruction: needs by RDNA sector, the programme (CP-SAT), what-if comparison, export.",
        subcommands = {
            LogisticsCommand.class,
            RebuildCommand.NeedsCmd.class,
            RebuildCommand.PlanCmd.class,
            RebuildCommand.CompareCmd.class,
            RebuildCommand.ExportCmd.class
        })
public final class RebuildCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String usd(double v) {
        if (Math.abs(v) >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (Math.abs(v) >= 1e6) {
            return String.format(Locale.ROOT, "%.1f m", v / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static Format tableOrJson(Format f) {
        if (f == Format.CSV) {
            throw new UserException("--format must be table or json here", 2);
        }
        return f;
    }

    @Command(
            name = "needs",
            mixinStandardHelpOptions = true,
            description =
                    "Damage x unit cost per region and asset class (low / central / high), by RDNA sector, against the pack's reference totals.")
    static final class NeedsCmd implements Callable<Integer> {
        @Mixin
        PackOption pack;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            tableOrJson(format);
            RegionPack p = pack.load();
            Needs n = RebuildEngine.needs(p.rebuild());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.print(Json.write(n));
                out.flush();
                return 0;
            }
            NeedsTable.print(out, p, n);
            out.flush();
            return 0;
        }
    }

    /** Options shared by plan and export: the programme's assumptions and the solver's limits. */
    static final class PlanOptions {
        /** Default deterministic work limit (see bench/README.md for what it buys on the default pack). */
        static final double DEFAULT_WORK_LIMIT = 2;
        /** Default wall-clock safety limit behind the work limit, seconds. */
        static final double DEFAULT_SAFETY_SECONDS = 900;

        @Mixin
        PackOption pack;

        @Option(
                names = "--horizon-months",
                paramLabel = "N",
                description = "Programme length in months (default: 120).")
        Integer horizonMonths;

        @Option(
                names = "--budget-usd-per-year",
                paramLabel = "X",
                description = "National budget per year in USD, e.g. 12e9 (default: 10e9, illustrative).")
        Double budgetUsdPerYear;

        @Option(
                names = "--crews",
                paramLabel = "TYPE=N",
                split = ",",
                description =
                        "Crews available at once for a crew type (default: 200 per type, illustrative). Repeatable.")
        Map<String, Integer> crews = new TreeMap<>();

        @Option(
                names = "--partner",
                paramLabel = "ID[=CLASS;CLASS]",
                description = "A partner from the pack takes part, with the asset classes it takes "
                        + "(default: its capabilities in the pack). Repeatable.")
        List<String> partners = new ArrayList<>();

        @Option(
                names = "--partner-crews",
                paramLabel = "N",
                defaultValue = "50",
                description = "Crews per crew type of each partner (default: ${DEFAULT-VALUE}, illustrative).")
        int partnerCrews;

        @Option(
                names = "--partner-budget-usd-per-year",
                paramLabel = "X",
                defaultValue = "1e9",
                description = "Each partner's own yearly financing (default: ${DEFAULT-VALUE}, illustrative).")
        double partnerBudget;

        @Option(
                names = "--require",
                paramLabel = "CLASS",
                split = ",",
                description = "Asset classes whose packages must all be done within the horizon.")
        Set<String> required = new HashSet<>();

        @Option(
                names = "--power-served",
                paramLabel = "REGION=SHARE",
                split = ",",
                description = "Share (0..1) of a region's electricity "
                        + "demand served in every programme year: power-dependent packages there count their service in proportion "
                        + "(default: 1). Repeatable.")
        Map<String, Double> powerServed = new TreeMap<>();

        @Option(
                names = "--gas-fuel",
                paramLabel = "REGION=SHARE",
                split = ",",
                description = "Share (0..1) of new gas-fired "
                        + "capacity in a region that has fuel in every programme year: gas-fired generation packages there count their "
                        + "service in proportion (default: 1). Repeatable.")
        Map<String, Double> gasFuel = new TreeMap<>();

        @Option(
                names = "--time-limit",
                paramLabel = "S",
                description = "Wall-clock limit in seconds: an outer safety limit "
                        + "behind --work-limit (default: " + DEFAULT_SAFETY_SECONDS
                        + "); alone with --work-limit 0 it is the stop, and the run "
                        + "is not reproducible.")
        Double timeLimit;

        @Option(
                names = "--work-limit",
                paramLabel = "W",
                description = "Deterministic work limit (CP-SAT deterministic time, "
                        + "machine-independent; default: " + DEFAULT_WORK_LIMIT
                        + "): the same pack, options and --seed give the same plan on "
                        + "any machine. 0: none (stop on --time-limit).")
        Double workLimit;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "0",
                description = "Solver random seed (default: ${DEFAULT-VALUE}).")
        int seed;

        @Option(
                names = "--warm-start",
                paramLabel = "RUN",
                description = "Start from the plan of a saved run with fewer options "
                        + "(fewer partners, less budget or crews): this run never reports less service than that plan.")
        String warmStart;

        @Option(
                names = "--workers",
                paramLabel = "N",
                defaultValue = "2",
                description = "CP-SAT workers (default: ${DEFAULT-VALUE}).")
        int workers;

        @Option(names = "--no-progress", description = "Do not draw the progress bar on stderr.")
        boolean noProgress;

        RegionPack loaded;

        Programme programme() {
            loaded = pack.load();
            int startYear = loaded.meta().asOf().getYear() + 1;
            ProgrammeSettings s = ProgrammeSettings.defaults(startYear);
            if (horizonMonths != null) {
                s = s.withHorizon(horizonMonths);
            }
            if (budgetUsdPerYear != null) {
                s = s.withBudget(budgetUsdPerYear);
            }
            if (!crews.isEmpty()) {
                java.util.SortedSet<String> types = new java.util.TreeSet<>();
                loaded.rebuild().assetClasses().forEach(a -> types.add(a.crewType()));
                for (Map.Entry<String, Integer> c : crews.entrySet()) {
                    if (!types.contains(c.getKey())) {
                        throw new UserException(
                                "--crews "
                                        + (c.getKey().length() > 40 ? c.getKey().substring(0, 40) + "..." : c.getKey())
                                        + ": the pack has no crew type of that name; its types are "
                                        + String.join(", ", types),
                                2);
                    }
                    if (c.getValue() < 0) {
                        throw new UserException(
                                "--crews " + c.getKey() + "=" + c.getValue() + ": a number of crews cannot be negative",
                                2);
                    }
                }
                s = s.withCrews(crews);
            }
            s = s.withRequired(required);
            List<ProgrammeSettings.PartnerSettings> ps = new ArrayList<>();
            for (String spec : partners) {
                String id = spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : spec;
                Partner p = loaded.rebuild().partners().stream()
                        .filter(x -> x.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new UserException("unknown partner " + id + "; the pack's partners: "
                                + loaded.rebuild().partners().stream()
                                        .map(Partner::id)
                                        .toList()));
                Set<String> classes = spec.contains("=")
                        ? Set.of(spec.substring(spec.indexOf('=') + 1).split(";"))
                        : Set.copyOf(p.capabilities());
                for (String c : classes) {
                    if (!p.capabilities().contains(c)) {
                        throw new UserException("partner " + id + " cannot take " + c
                                + ": its capabilities in the pack are " + p.capabilities());
                    }
                }
                ps.add(new ProgrammeSettings.PartnerSettings(id, classes, partnerCrews, partnerBudget));
            }
            s = s.withPartners(ps);
            if (!powerServed.isEmpty() || !gasFuel.isEmpty()) {
                List<String> basis = new ArrayList<>();
                powerServed.forEach((r, v) -> basis.add("--power-served " + r + "=" + v));
                gasFuel.forEach((r, v) -> basis.add("--gas-fuel " + r + "=" + v));
                int years = (s.horizonMonths() + 11) / 12;
                try {
                    s = s.withPower(PowerAvailability.sameEveryYear(
                            powerServed, gasFuel, startYear, startYear + years - 1, String.join(" ", basis)));
                } catch (IllegalArgumentException e) {
                    throw new UserException(e.getMessage(), 2);
                }
            }
            return RebuildEngine.programme(loaded.rebuild(), s);
        }

        /** The solver's parameters: the work limit stops, the wall clock is a safety net (or the stop with --work-limit 0). */
        SolveParameters parameters() {
            double work = workLimit == null ? DEFAULT_WORK_LIMIT : workLimit;
            if (work < 0 || (timeLimit != null && !(timeLimit > 0)) || workers < 1) {
                throw new UserException("--time-limit and --workers must be positive and --work-limit not negative", 2);
            }
            double wall = timeLimit != null ? timeLimit : work > 0 ? DEFAULT_SAFETY_SECONDS : 30;
            return new SolveParameters(wall, workers, seed, work > 0 ? work : Double.POSITIVE_INFINITY);
        }

        Optional<Plan> warmStartPlan() {
            return warmStart == null
                    ? Optional.empty()
                    : Optional.of(readRun(warmStart).plan());
        }

        Plan solve(Programme prog) {
            SolveParameters params = parameters();
            if (prog.packages().isEmpty()) {
                throw new UserException("the pack has no damage with a unit cost: no work packages to plan");
            }
            Optional<Plan> warm = warmStartPlan();
            double timeLimit = params.timeLimitSeconds();
            if (noProgress) {
                return RebuildEngine.plan(prog, params, (t, o, b) -> {}, warm);
            }
            long ticks = Math.max(1, Math.round(timeLimit * 10));
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("solving")
                    .setInitialMax(ticks)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200)
                    .hideEta()
                    .build()) {
                bar.setExtraMessage(" no plan yet");
                long t0 = System.nanoTime();
                ScheduledExecutorService tick = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread th = new Thread(r, "progress");
                    th.setDaemon(true);
                    return th;
                });
                tick.scheduleAtFixedRate(
                        () -> bar.stepTo(Math.min(ticks, (System.nanoTime() - t0) / 100_000_000L)),
                        100,
                        100,
                        TimeUnit.MILLISECONDS);
                try {
                    return RebuildEngine.plan(
                            prog,
                            params,
                            (t, o, b) -> bar.setExtraMessage(String.format(
                                    Locale.ROOT,
                                    " best objective so far %.6g (CP-SAT bound %.6g, gap %.2f%%)",
                                    o,
                                    b,
                                    o > 0 ? 100 * (b - o) / o : 0)),
                            warm);
                } finally {
                    tick.shutdownNow();
                    bar.stepTo(ticks);
                }
            }
        }
    }

    /** A saved run: the plan with what is needed to compare and export it. */
    record SavedRun(String id, String pack, List<String> options, Map<String, List<String>> predecessors, Plan plan) {}

    static Path runsDir() {
        String env = System.getenv("CROSSROADS_RUNS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".crossroads", "runs");
    }

    /** A run id (under the runs folder) or a file path. */
    static Path runPath(String run) {
        if (run.contains("/") || run.contains(java.io.File.separator) || run.endsWith(".json")) {
            return Path.of(run);
        }
        if (!run.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new UserException(
                    "run id '" + run + "' may only hold letters, digits, '_', '.', '-'; or give a file path", 2);
        }
        return runsDir().resolve(run + ".json");
    }

    static SavedRun readRun(String run) {
        Path p = runPath(run);
        if (!Files.isRegularFile(p)) {
            throw new UserException(
                    "no saved run " + run + " (looked for " + p + "); save one with rebuild plan --save " + run);
        }
        try {
            return Json.MAPPER.readValue(p.toFile(), SavedRun.class);
        } catch (IOException e) {
            throw new UserException("cannot read saved run " + p + ": " + e.getMessage());
        }
    }

    static Map<String, List<String>> predecessors(Programme prog) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (WorkPackage w : prog.packages()) {
            m.put(w.id(), w.predecessors());
        }
        return m;
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description =
                    "Choose and schedule work packages to restore the most population-weighted service under budgets, crews and precedence.")
    static final class PlanCmd implements Callable<Integer> {
        @Mixin
        PlanOptions opts;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(
                names = "--save",
                paramLabel = "RUN",
                description =
                        "Save the run as JSON: a run id (stored under ~/.crossroads/runs or $CROSSROADS_RUNS) or a file path.")
        String save;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            tableOrJson(format);
            Programme prog = opts.programme();
            Plan plan = opts.solve(prog);
            PrintWriter out = spec.commandLine().getOut();
            if (save != null) {
                Path p = runPath(save);
                if (p.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(p.toAbsolutePath().getParent());
                }
                String id = p.getFileName().toString().replaceFirst("\\.json$", "");
                SavedRun run = new SavedRun(
                        id,
                        opts.pack.dir().toString(),
                        spec.commandLine().getParseResult().originalArgs(),
                        predecessors(prog),
                        plan);
                Files.writeString(p, Json.write(run), StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("saved run " + id + " to " + p);
            }
            if (format == Format.JSON) {
                out.print(Json.write(plan));
                out.flush();
                return 0;
            }
            printPlan(out, prog, plan);
            out.flush();
            return 0;
        }
    }

    static void printPlan(PrintWriter out, Programme prog, Plan plan) {
        double ceiling = prog.packages().stream()
                        .mapToDouble(w -> w.populationServed() * w.serviceWeight())
                        .sum()
                * prog.horizonMonths();
        out.printf(
                Locale.ROOT,
                "Reconstruction programme, %d months from %d-01: %d of %d packages, cost %s USD, last package ends %s%n",
                plan.horizonMonths(),
                plan.startYear(),
                plan.packagesSelected(),
                plan.packagesTotal(),
                usd(plan.totalCostUsd()),
                plan.finish().isEmpty() ? "-" : plan.finish());
        out.printf(
                Locale.ROOT,
                "Service restored: %.1f%% of the ceiling (all packages done at month 0); solver: %s, gap to bound %.2f%%, "
                        + "%.1f s (first plan %.2f s, within 1%% of final %.2f s)%n",
                ceiling > 0 ? 100 * plan.serviceRestored() / ceiling : 0,
                plan.solve().status(),
                plan.solve().gapPercent(),
                plan.solve().seconds(),
                plan.solve().firstFeasibleSeconds(),
                plan.solve().within1PercentSeconds());
        Plan.SolveStats st = plan.solve();
        out.printf(
                Locale.ROOT,
                "Stopped by: %s (%s); seed %d, %d workers, work %.3f of %s, wall limit %.0f s%n",
                st.stoppedBy(),
                st.reproducible()
                        ? "reproducible: the same pack, options and seed give this plan again"
                        : "NOT reproducible: raise --time-limit or lower --work-limit",
                st.seed(),
                st.workers(),
                st.workDone(),
                st.workLimit() > 0 ? String.format(Locale.ROOT, "%.3f", st.workLimit()) : "none",
                st.timeLimitSeconds());
        out.printf(
                Locale.ROOT,
                "Bound: LP relaxation (budgets, crews, precedence) %.6g, gap %.2f%% (%.1f s); CP-SAT's own bound gap %.2f%%%n",
                st.lpBound(),
                st.lpBoundGapPercent(),
                st.lpSeconds(),
                st.cpSatGapPercent());
        if (!st.warmStart().isEmpty()) {
            out.println("Warm start: " + st.warmStart());
        }
        if (plan.power().applied()) {
            out.printf(
                    Locale.ROOT,
                    "Power: service counted %.1f%% of what the same plan restores with full power (%s)%n",
                    plan.power().countedPercent(plan.serviceRestored()),
                    plan.power().basis().isEmpty()
                            ? "power input"
                            : plan.power().basis());
        }
        out.println("Assumptions:");
        plan.assumptions().forEach(a -> out.println("  - " + a));
        out.println();
        TextTable t = new TextTable(
                        "package", "by", "start", "finish", "months", "cost USD", "crews", "start decided by")
                .right(4, 5);
        plan.packages().stream()
                .filter(Plan.PackageOutcome::selected)
                .sorted((a, b) -> a.startMonth() != b.startMonth()
                        ? Integer.compare(a.startMonth(), b.startMonth())
                        : a.id().compareTo(b.id()))
                .forEach(o -> t.add(
                        o.id(),
                        o.executor(),
                        o.start(),
                        o.finish(),
                        o.durationMonths(),
                        usd(o.costUsd()),
                        o.crewType() + " x" + o.crewSize(),
                        o.decidingConstraint() + ": " + o.decidingDetail()));
        out.print(t.text());
        out.println();
        List<String> executors = prog.allExecutors();
        boolean scaled = plan.power().applied();
        List<String> headers = new ArrayList<>(List.of("year", "service restored"));
        if (scaled) {
            headers.add("without power limits");
        }
        executors.forEach(e -> headers.add("spend " + e));
        executors.forEach(e -> headers.add("budget " + e));
        TextTable y = new TextTable(headers.toArray(String[]::new));
        for (int c = 1; c < headers.size(); c++) {
            y.right(c);
        }
        for (int yi = 0; yi < plan.years().size(); yi++) {
            Plan.YearFigures f = plan.years().get(yi);
            List<Object> row = new ArrayList<>(
                    List.of(f.year(), String.format(Locale.ROOT, "%.1f%%", f.servicePercentAtYearEnd())));
            if (scaled) {
                row.add(String.format(
                        Locale.ROOT, "%.1f%%", plan.power().years().get(yi).servicePercentUnscaled()));
            }
            executors.forEach(e -> row.add(usd(f.spendUsdByExecutor().getOrDefault(e, 0.0))));
            executors.forEach(e -> row.add(usd(f.budgetUsdByExecutor().getOrDefault(e, 0.0))));
            y.add(row.toArray());
        }
        out.print(y.text());
        out.println();
        List<String> ch = new ArrayList<>(List.of("crews (peak per month)", "capacity"));
        for (Plan.YearFigures f : plan.years()) {
            ch.add(Integer.toString(f.year()));
        }
        TextTable c = new TextTable(ch.toArray(String[]::new));
        for (int k = 1; k < ch.size(); k++) {
            c.right(k);
        }
        for (Plan.CrewUse u : plan.crewsByMonth()) {
            List<Object> row = new ArrayList<>(List.of(u.pool(), u.capacity()));
            for (int yr = 0; yr < plan.years().size(); yr++) {
                int peak = 0;
                for (int m = 12 * yr; m < Math.min(u.usedByMonth().size(), 12 * yr + 12); m++) {
                    peak = Math.max(peak, u.usedByMonth().get(m));
                }
                row.add(peak);
            }
            c.add(row.toArray());
        }
        out.print(c.text());
        out.println("(crews in use month by month: --format json, crewsByMonth)");
        if (!plan.power().packages().isEmpty()) {
            out.println();
            TextTable pw = new TextTable(
                            "power-coupled package",
                            "coupling",
                            "in plan",
                            "share counted by year",
                            "service counted / full")
                    .right(4);
            plan.power()
                    .packages()
                    .forEach(x -> pw.add(
                            x.id(),
                            x.coupling(),
                            x.selected() ? "yes" : "no",
                            x.shareByYear().stream()
                                    .map(v -> String.format(Locale.ROOT, "%.2f", v))
                                    .collect(java.util.stream.Collectors.joining(" ")),
                            x.selected() && x.serviceUnscaled() > 0
                                    ? String.format(
                                            Locale.ROOT, "%.1f%%", 100 * x.serviceCounted() / x.serviceUnscaled())
                                    : "-"));
            out.print(pw.text());
        }
        if (!plan.leftOut().isEmpty()) {
            out.println();
            TextTable l = new TextTable("left out", "why");
            plan.leftOut().forEach(x -> l.add(x.id(), x.reason()));
            out.print(l.text());
        }
    }

    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            description = "Two saved runs side by side: service restored by year, cost, finish dates.")
    static final class CompareCmd implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN_A", description = "Run id or JSON file.")
        String runA;

        @Parameters(index = "1", paramLabel = "RUN_B", description = "Run id or JSON file.")
        String runB;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            tableOrJson(format);
            SavedRun a = readRun(runA);
            SavedRun b = readRun(runB);
            Comparison c = RebuildEngine.compare(a.id(), a.plan(), b.id(), b.plan());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.print(Json.write(c));
                out.flush();
                return 0;
            }
            out.printf(
                    Locale.ROOT,
                    "A = %s: %s%nB = %s: %s%n%n",
                    a.id(),
                    String.join(" ", a.options()),
                    b.id(),
                    String.join(" ", b.options()));
            TextTable t =
                    new TextTable("year", "service A", "service B", "B - A", "spend A", "spend B").right(1, 2, 3, 4, 5);
            for (Comparison.YearRow r : c.years()) {
                t.add(
                        r.year(),
                        String.format(Locale.ROOT, "%.1f%%", r.servicePercentA()),
                        String.format(Locale.ROOT, "%.1f%%", r.servicePercentB()),
                        String.format(Locale.ROOT, "%+.1f", r.servicePercentB() - r.servicePercentA()),
                        usd(r.spendUsdA()),
                        usd(r.spendUsdB()));
            }
            out.print(t.text());
            out.println();
            TextTable s = new TextTable("", "A", "B").right(1, 2);
            s.add(
                    "packages done",
                    c.a().packagesSelected() + "/" + c.a().packagesTotal(),
                    c.b().packagesSelected() + "/" + c.b().packagesTotal());
            s.add("cost USD", usd(c.a().totalCostUsd()), usd(c.b().totalCostUsd()));
            s.add(
                    "service restored (weighted person-months)",
                    String.format(Locale.ROOT, "%.4g", c.a().serviceRestored()),
                    String.format(Locale.ROOT, "%.4g", c.b().serviceRestored()));
            s.add("last package ends", c.a().finish(), c.b().finish());
            s.add("solver status", c.a().status(), c.b().status());
            s.add(
                    "gap to bound",
                    String.format(Locale.ROOT, "%.2f%%", a.plan().solve().gapPercent()),
                    String.format(Locale.ROOT, "%.2f%%", b.plan().solve().gapPercent()));
            s.add("stopped by", a.plan().solve().stoppedBy(), b.plan().solve().stoppedBy());
            out.print(s.text());
            c.warnings().forEach(w -> out.println("WARNING: " + w));
            out.println();
            TextTable f = new TextTable("asset class", "done A", "done B", "finish A", "finish B").right(1, 2);
            c.finishByClass()
                    .forEach(x -> f.add(
                            x.assetClass(),
                            x.doneA(),
                            x.doneB(),
                            x.finishA().isEmpty() ? "-" : x.finishA(),
                            x.finishB().isEmpty() ? "-" : x.finishB()));
            out.print(f.text());
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Export a programme as MS Project XML (mspdi) or CSV: a saved run (--run) or a new plan with the plan options.")
    static final class ExportCmd implements Callable<Integer> {
        @Mixin
        PlanOptions opts;

        @Option(names = "--format", required = true, description = "mspdi or csv.")
        String format;

        @Option(
                names = "--run",
                paramLabel = "RUN",
                description = "A saved run (id or file) to export instead of planning anew.")
        String run;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
        Path outFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String f = format.toLowerCase(Locale.ROOT);
            if (!f.equals("mspdi") && !f.equals("csv")) {
                throw new UserException("--format must be mspdi or csv, got " + format, 2);
            }
            Plan plan;
            Map<String, List<String>> preds;
            String title;
            if (run != null) {
                SavedRun r = readRun(run);
                plan = r.plan();
                preds = r.predecessors();
                title = "Reconstruction programme (" + r.id() + ")";
            } else {
                Programme prog = opts.programme();
                plan = opts.solve(prog);
                preds = predecessors(prog);
                title = "Reconstruction programme, " + opts.loaded.meta().name();
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            if (f.equals("mspdi")) {
                PlanExport.mspdi(plan, preds, title, buf);
            } else {
                PlanExport.csv(plan, buf);
            }
            if (outFile != null) {
                OutputFiles.write("--out", outFile, buf.toByteArray());
                spec.commandLine().getErr().println("wrote " + outFile);
            } else {
                OutputStream o = System.out;
                PrintWriter out = spec.commandLine().getOut();
                out.print(buf.toString(StandardCharsets.UTF_8));
                out.flush();
                o.flush();
            }
            return 0;
        }
    }
}
