package dev.crossroads.app.cli;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.PowerAvailability;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.ProgrammeSettings;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by plan and export: the programme's assumptions and the solver's limits. */
final class PlanOptions {
    /** Default deterministic work limit (see bench/README.md for what it buys on the default pack). */
    static final double DEFAULT_WORK_LIMIT = 2;
    /** Default wall-clock safety limit behind the work limit, seconds. */
    static final double DEFAULT_SAFETY_SECONDS = 900;

    @Mixin
    PackOption pack;

    @Mixin
    DbOption db;

    @Option(names = "--horizon-months", paramLabel = "N", description = "Programme length in months (default: 120).")
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
            description = "Crews available at once for a crew type (default: 200 per type, illustrative). Repeatable.")
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
            names = "--equity-min-share",
            paramLabel = "PERCENT",
            description = "Equity, an explicit choice: every region gets at least PERCENT of its own service "
                    + "(service restored by the end of the horizon, over the region's packages) where the horizon allows; "
                    + "the packages that reach it become required (default: 0, none: service is maximised nationally).")
    double equityMinShare;

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
            description = "Start from the plan of a saved run (id in the store or a run file) with fewer options "
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
                            "--crews " + c.getKey() + "=" + c.getValue() + ": a number of crews cannot be negative", 2);
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
        if (!(equityMinShare >= 0 && equityMinShare <= 100)) {
            throw new UserException("--equity-min-share is a percentage, 0 to 100; got " + equityMinShare, 2);
        }
        s = s.withEquityMinShare(equityMinShare);
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
                : Optional.of(SavedRuns.read(warmStart, db).plan());
    }

    Plan solve(Programme prog) {
        try {
            return solveWithProgress(prog);
        } catch (dev.crossroads.rebuild.programme.ProgrammeInfeasibleException e) {
            if (equityMinShare > 0) {
                throw new UserException(e.getMessage() + " (the equity floor, --equity-min-share " + equityMinShare
                        + ", is not the cause: it makes a package required only where a schedule of all "
                        + "required packages still fits, and caps the floor elsewhere)");
            }
            throw e;
        }
    }

    private Plan solveWithProgress(Programme prog) {
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
