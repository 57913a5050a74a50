package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.LogisticsGeoJson;
import dev.crossroads.app.service.LogisticsProblems;
import dev.crossroads.app.service.ProgrammeRuns;
import dev.crossroads.app.service.ProgrammeRuns.SavedRun;
import dev.crossroads.core.input.InputException;
import dev.crossroads.core.input.InputText;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.logistics.Fleet;
import dev.crossroads.rebuild.logistics.LogisticsInputException;
import dev.crossroads.rebuild.logistics.LogisticsPlan;
import dev.crossroads.rebuild.logistics.LogisticsPlanner;
import dev.crossroads.rebuild.logistics.LogisticsProblem;
import dev.crossroads.rebuild.logistics.PlanValidator;
import dev.crossroads.rebuild.logistics.ProgrammeLogistics;
import dev.crossroads.rebuild.logistics.RepairSchedule;
import dev.crossroads.rebuild.vrp.VrpBudget;
import dev.crossroads.rebuild.vrp.VrpSolvers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crossroads rebuild logistics}: which trucks carry what from which port or crossing to which site,
 * by which roads, on which days of a month, with the deliveries that cannot be made and why.
 */
@Command(
        name = "logistics",
        mixinStandardHelpOptions = true,
        description = "Truck routes for a month's reconstruction deliveries over the roads open that month.")
public final class LogisticsCommand implements Callable<Integer> {
    /** Output formats of this command: GeoJSON for the map. */
    public enum OutputFormat {
        TABLE,
        JSON,
        GEOJSON
    }

    @Mixin
    PackOption pack;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month to plan.")
    String period;

    @Option(
            names = "--plan",
            paramLabel = "RUN",
            description = "A saved rebuild programme (run id of 'rebuild plan --save RUN', "
                    + "or its JSON file): its packages under way in the month are the work to supply, and each closed segment reopens "
                    + "the month after the package that repairs it finishes. Also takes a repair schedule file (CSV or JSON: segment or "
                    + "asset class + region -> month it reopens). Default: the latest programme saved in the database (--db); "
                    + "--illustrative for the illustrative programme and schedule (damaged roads reopen in month 4, bridges in "
                    + "month 9).")
    String plan;

    @Option(
            names = "--illustrative",
            description =
                    "Plan the illustrative programme (every package of the pack under way from "
                            + "--programme-start) instead of the latest saved run; the default when the database holds no programme run.")
    boolean illustrative;

    @Mixin
    DbOption db;

    @Option(
            names = "--fleet",
            paramLabel = "FILE",
            description =
                    "Fleet CSV: id,home,capacity_tonnes,count,shift_start,shift_end. "
                            + "Default: 38 illustrative 25 t trucks at the ports, main crossings and the Kilis depot in Türkiye.")
    Path fleet;

    @Option(
            names = "--programme-start",
            paramLabel = "YYYY-MM",
            description = "First month of the programme for the "
                    + "illustrative schedule (default: January of the pack's as-of year).")
    String programmeStart;

    @Option(
            names = "--solver",
            paramLabel = "NAME",
            defaultValue = "portfolio",
            description =
                    "portfolio (default: jsprit and OR-Tools racing on two cores), ortools, jsprit, seeded, or hgs (the daily "
                            + "trips have shift and site hours, which hgs does not model: it hands them to the portfolio).")
    String solver;

    @Option(
            names = "--time-limit",
            paramLabel = "S",
            defaultValue = "0.5",
            description = "Solver seconds per working day (default ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(
            names = "--iterations",
            paramLabel = "N",
            description = "Stop each day's routing after N iterations in the solver's own unit (jsprit iterations, "
                    + "OR-Tools solutions, hgs offspring) instead of on the wall clock: the same plan on any machine; "
                    + "--time-limit is then an outer limit per working day (default "
                    + LogisticsCommand.OUTER_LIMIT_SECONDS + " s).")
    Long iterations;

    /** The wall limit per working day when only --iterations is given: an outer limit a solve should not reach. */
    static final int OUTER_LIMIT_SECONDS = 60;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or geojson.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        YearMonth month = month("--period", period);
        if (!(timeLimit > 0)) {
            throw new UserException("--time-limit must be positive, got " + timeLimit);
        }
        if (iterations != null && iterations < 1) {
            throw new UserException("--iterations must be at least 1, got " + iterations);
        }
        boolean timeGiven = spec.commandLine().getParseResult().hasMatchedOption("--time-limit");
        VrpBudget budget = LogisticsProblems.budget(
                iterations != null && !timeGiven ? OUTER_LIMIT_SECONDS : timeLimit, Optional.ofNullable(iterations));
        if (!VrpSolvers.NAMES.contains(solver)) {
            throw new UserException(
                    "unknown solver '" + solver + "': use one of " + String.join(", ", VrpSolvers.NAMES));
        }
        RegionPack regionPack = pack.load();
        Path packDir = pack.dir();
        if (regionPack.roads().nodes().isEmpty()) {
            throw new UserException("the pack at " + packDir + " has no road network (roads/nodes.csv)");
        }
        try {
            Optional<Fleet> trucks = fleet == null ? Optional.empty() : Optional.of(readFleet(regionPack));
            LogisticsProblem problem;
            if (illustrative && plan != null) {
                throw new UserException("--illustrative and --plan exclude each other: give one", 2);
            }
            Optional<SavedRun> run = plan != null
                    ? savedRun(plan, db)
                    : illustrative || programmeStart != null ? Optional.empty() : SavedRuns.latest(db);
            // what the month is planned from, said once the problem is posed (a refusal stays one error line)
            String programmeNote = "";
            if (plan == null && run.isPresent()) {
                programmeNote = String.format(
                        Locale.ROOT,
                        "programme: the latest saved run, %s (%d-01, %d months); --plan RUN for another, "
                                + "--illustrative for the illustrative one%n",
                        run.get().id(),
                        run.get().plan().startYear(),
                        run.get().plan().horizonMonths());
            } else if (plan == null) {
                programmeNote = "programme: illustrative (every package of the pack, illustrative repair dates)"
                        + (illustrative || programmeStart != null
                                ? ""
                                : "; no programme run is saved in " + db.url()
                                        + " (save one with 'rebuild plan --save ID')")
                        + System.lineSeparator();
            }
            if (run.isPresent()) {
                if (programmeStart != null) {
                    throw new UserException(
                            "--programme-start applies to the illustrative programme only: run "
                                    + run.get().id() + " starts "
                                    + ProgrammeLogistics.start(run.get().plan()),
                            2);
                }
                problem = LogisticsProblems.problemFromProgramme(
                        regionPack,
                        packDir,
                        month,
                        run.get().plan(),
                        "run " + run.get().id(),
                        trucks,
                        solver,
                        budget);
            } else {
                Optional<RepairSchedule> schedule =
                        plan == null ? Optional.empty() : Optional.of(readSchedule(regionPack));
                Optional<YearMonth> start = programmeStart != null
                        ? Optional.of(month("--programme-start", programmeStart))
                        : Optional.empty();
                problem =
                        LogisticsProblems.problem(regionPack, packDir, month, schedule, trucks, start, solver, budget);
            }
            int workCount = problem.activities().size();
            spec.commandLine().getErr().print(programmeNote);
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "planning %s: %d work packages, %d trucks, %s per working day...%n",
                            month,
                            workCount,
                            problem.fleet().trucks().size(),
                            budget.deterministic()
                                    ? budget.iterations().getAsLong() + " iterations"
                                    : String.format(Locale.ROOT, "%.1f s", timeLimit));
            if (workCount == 0 && run.isPresent()) {
                YearMonth busiest = ProgrammeLogistics.busiestMonth(run.get().plan());
                spec.commandLine()
                        .getErr()
                        .printf(
                                Locale.ROOT,
                                "note: run %s has no work package under way in %s; its busiest month is %s "
                                        + "(%d packages)%n",
                                run.get().id(),
                                month,
                                busiest,
                                ProgrammeLogistics.underWay(run.get().plan(), busiest)
                                        .size());
            }
            spec.commandLine().getErr().flush();
            LogisticsPlan result = LogisticsPlanner.plan(problem);
            List<String> violations = PlanValidator.violations(problem, result);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("the plan failed validation (a bug): " + violations.get(0));
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case JSON -> out.print(Json.write(result));
                case GEOJSON -> out.print(Json.write(LogisticsGeoJson.of(result, regionPack.roads())));
                default ->
                    out.print(LogisticsTables.render(
                            result, regionPack.roads(), problem.activities(), problem.materials()));
            }
            out.flush();
            return 0;
        } catch (LogisticsInputException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * The saved programme run {@code --plan} names (an id in the store or a run file), or empty when it names a
     * repair schedule file: a CSV file, or a JSON file without a {@code plan} field.
     */
    static Optional<SavedRun> savedRun(String value, DbOption db) {
        if (value.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return Optional.empty();
        }
        if (ProgrammeRuns.isFile(value)) {
            Path p = Path.of(value);
            if (!Files.isRegularFile(p)) {
                return Optional.empty(); // a path that does not exist: readSchedule names it
            }
            try {
                com.fasterxml.jackson.databind.JsonNode root = Json.MAPPER.readTree(p.toFile());
                if (root == null || !root.isObject() || !root.has("plan")) {
                    return Optional.empty();
                }
            } catch (java.io.IOException e) {
                return Optional.empty(); // not JSON: the schedule reader reports it with the file's name
            }
            return Optional.of(ProgrammeRuns.readFile(p));
        }
        return Optional.of(SavedRuns.read(value, db));
    }

    private RepairSchedule readSchedule(RegionPack p) {
        Path file = Path.of(plan);
        if (!Files.isRegularFile(file)) {
            throw new UserException(
                    "no repair schedule or saved run at " + plan + ": --plan takes a run id of 'rebuild plan --save', "
                            + "a saved run's JSON file, or a CSV/JSON repair schedule");
        }
        return RepairSchedule.parse(file.getFileName().toString(), readText(file), p.roads());
    }

    private Fleet readFleet(RegionPack p) {
        if (!Files.isRegularFile(fleet)) {
            throw new UserException("no fleet file at " + fleet);
        }
        return Fleet.parse(fleet.getFileName().toString(), readText(fleet), p.roads());
    }

    /** A fleet or schedule file as text (UTF-8, size-capped); problems reading it name the file. */
    private static String readText(Path file) {
        try {
            return InputText.read(file);
        } catch (InputException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " '" + text + "' is not a month: use YYYY-MM", 2);
        }
    }
}
