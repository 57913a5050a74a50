package dev.crossroads.app.cli;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.model.Source;
import dev.crossroads.rebuild.logistics.Fleet;
import dev.crossroads.rebuild.logistics.IllustrativeProgramme;
import dev.crossroads.rebuild.logistics.LogisticsInputException;
import dev.crossroads.rebuild.logistics.LogisticsPlan;
import dev.crossroads.rebuild.logistics.LogisticsPlanner;
import dev.crossroads.rebuild.logistics.LogisticsProblem;
import dev.crossroads.rebuild.logistics.LogisticsSettings;
import dev.crossroads.rebuild.logistics.MaterialsTable;
import dev.crossroads.rebuild.logistics.PlanValidator;
import dev.crossroads.rebuild.logistics.ProgrammeLogistics;
import dev.crossroads.rebuild.logistics.RepairSchedule;
import dev.crossroads.rebuild.logistics.Speeds;
import dev.crossroads.rebuild.logistics.SupplyPoints;
import dev.crossroads.rebuild.logistics.WorkActivity;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.vrp.VrpSolvers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crossroads rebuild logistics}: which trucks carry what from which port or crossing to which site,
 * by which roads, on which days of a month, with the deliveries that cannot be made and why.
 */
@Command(name = "logistics", mixinStandardHelpOptions = true,
        description = "Truck routes for a month's reconstruction deliveries over the roads open that month.")
public final class LogisticsCommand implements Callable<Integer> {
    /** Output formats of this command: GeoJSON for the map. */
    public enum OutputFormat { TABLE, JSON, GEOJSON }

    @Mixin
    PackOption pack;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month to plan.")
    String period;

    @Option(names = "--plan", paramLabel = "RUN", description = "A saved rebuild programme (run id of 'rebuild plan --save RUN', "
            + "or its JSON file): its packages under way in the month are the work to supply, and each closed segment reopens "
            + "the month after the package that repairs it finishes. Also takes a repair schedule file (CSV or JSON: segment or "
            + "asset class + region -> month it reopens). Default: an illustrative programme and schedule (damaged roads reopen "
            + "in month 4, bridges in month 9).")
    String plan;

    @Option(names = "--fleet", paramLabel = "FILE", description = "Fleet CSV: id,home,capacity_tonnes,count,shift_start,shift_end. "
            + "Default: 34 illustrative 25 t trucks at the ports and main crossings.")
    Path fleet;

    @Option(names = "--programme-start", paramLabel = "YYYY-MM", description = "First month of the programme for the "
            + "illustrative schedule (default: January of the pack's as-of year).")
    String programmeStart;

    @Option(names = "--solver", paramLabel = "NAME", defaultValue = "portfolio", description = "portfolio (default: jsprit and OR-Tools racing on two cores), ortools, jsprit or seeded.")
    String solver;

    @Option(names = "--time-limit", paramLabel = "S", defaultValue = "0.5", description = "Solver seconds per working day (default ${DEFAULT-VALUE}).")
    double timeLimit;

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
        if (!VrpSolvers.NAMES.contains(solver)) {
            throw new UserException("unknown solver '" + solver + "': use one of " + String.join(", ", VrpSolvers.NAMES));
        }
        RegionPack regionPack = pack.load();
        Path packDir = pack.dir();
        if (regionPack.roads().nodes().isEmpty()) {
            throw new UserException("the pack at " + packDir + " has no road network (roads/nodes.csv)");
        }
        try {
            Optional<Fleet> trucks = fleet == null ? Optional.empty() : Optional.of(readFleet(regionPack));
            LogisticsProblem problem;
            Optional<RebuildCommand.SavedRun> run = plan == null ? Optional.empty() : savedRun(plan);
            if (run.isPresent()) {
                if (programmeStart != null) {
                    throw new UserException("--programme-start applies to the illustrative programme only: run "
                            + run.get().id() + " starts " + ProgrammeLogistics.start(run.get().plan()), 2);
                }
                problem = problemFromProgramme(regionPack, packDir, month, run.get().plan(), "run " + run.get().id(), trucks, solver, timeLimit);
            } else {
                Optional<RepairSchedule> schedule = plan == null ? Optional.empty() : Optional.of(readSchedule(regionPack));
                Optional<YearMonth> start = programmeStart != null ? Optional.of(month("--programme-start", programmeStart)) : Optional.empty();
                problem = problem(regionPack, packDir, month, schedule, trucks, start, solver, timeLimit);
            }
            int workCount = problem.activities().size();
            spec.commandLine().getErr().printf(Locale.ROOT, "planning %s: %d work packages, %d trucks, %.1f s per working day...%n",
                    month, workCount, problem.fleet().trucks().size(), timeLimit);
            if (workCount == 0 && run.isPresent()) {
                YearMonth busiest = ProgrammeLogistics.busiestMonth(run.get().plan());
                spec.commandLine().getErr().printf(Locale.ROOT, "note: run %s has no work package under way in %s; its busiest month is %s "
                        + "(%d packages)%n", run.get().id(), month, busiest, ProgrammeLogistics.underWay(run.get().plan(), busiest).size());
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
                default -> out.print(LogisticsTables.render(result, regionPack.roads(), problem.activities(), problem.materials()));
            }
            out.flush();
            return 0;
        } catch (LogisticsInputException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * The logistics problem of a month as this command poses it: the given repair schedule and fleet, or the
     * illustrative ones. Throws {@link UserException} when the pack lacks its materials table.
     */
    public static LogisticsProblem problem(RegionPack regionPack, Path packDir, YearMonth month, Optional<RepairSchedule> plan,
            Optional<Fleet> fleet, Optional<YearMonth> programmeStart, String solver, double timeLimitSeconds) {
        YearMonth start = programmeStart.orElse(YearMonth.of(regionPack.meta().asOf().getYear(), 1));
        YearMonth last = start.plusMonths(dev.crossroads.rebuild.programme.ProgrammeSettings.DEFAULT_HORIZON_MONTHS - 1L);
        if (month.isBefore(start) || month.isAfter(last)) {
            throw new UserException("the period " + month + " lies outside the illustrative programme, " + start + " to " + last
                    + ": choose a month inside it (or move it with --programme-start)");
        }
        MaterialsTable materials = materials(regionPack, packDir);
        RepairSchedule schedule = plan.orElseGet(() -> RepairSchedule.illustrative(regionPack.roads(), start));
        Fleet trucks = fleet.orElseGet(() -> Fleet.illustrative(regionPack.roads()));
        List<WorkActivity> work = IllustrativeProgramme.activities(regionPack.rebuild(), regionPack.roads(), schedule, month);
        LogisticsSettings settings = LogisticsSettings.DEFAULT.withSolver(solver, Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
        return new LogisticsProblem(regionPack.roads(), schedule, month, work, materials, trucks,
                SupplyPoints.trucksPerDay(regionPack.roads()), Speeds.DEFAULT, settings);
    }

    /**
     * The logistics problem of a month under a scheduled programme: the packages under way in the month and
     * the reopening months its road and bridge packages give; {@code runName} names it in messages ("run base",
     * "job 7f3a"). Throws {@link UserException} when the month lies
     * outside the programme.
     */
    public static LogisticsProblem problemFromProgramme(RegionPack regionPack, Path packDir, YearMonth month, Plan programme,
            String runName, Optional<Fleet> fleet, String solver, double timeLimitSeconds) {
        YearMonth first = ProgrammeLogistics.start(programme);
        YearMonth last = first.plusMonths(programme.horizonMonths() - 1L);
        if (month.isBefore(first) || month.isAfter(last)) {
            throw new UserException(runName + " plans " + first + " to " + last + ": choose a period inside it");
        }
        MaterialsTable materials = materials(regionPack, packDir);
        RepairSchedule schedule = ProgrammeLogistics.schedule(programme, regionPack.roads(), runName);
        Fleet trucks = fleet.orElseGet(() -> Fleet.illustrative(regionPack.roads()));
        List<WorkActivity> work = ProgrammeLogistics.activities(programme, regionPack.rebuild(), regionPack.roads(), schedule, month);
        LogisticsSettings settings = LogisticsSettings.DEFAULT.withSolver(solver, Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
        return new LogisticsProblem(regionPack.roads(), schedule, month, work, materials, trucks,
                SupplyPoints.trucksPerDay(regionPack.roads()), Speeds.DEFAULT, settings);
    }

    private static MaterialsTable materials(RegionPack regionPack, Path packDir) {
        return MaterialsTable.readPack(packDir,
                regionPack.rebuild().assetClasses().stream().map(AssetClass::id).collect(Collectors.toSet()),
                regionPack.sources().stream().map(Source::id).collect(Collectors.toSet()))
                .orElseThrow(() -> new UserException("the pack at " + packDir + " has no " + MaterialsTable.FILE
                        + ": add one (asset_class,material,tonnes_per_unit,source,confidence,note)"));
    }

    /**
     * The saved programme run {@code --plan} names, or empty when it names a repair schedule file: a CSV file,
     * or a JSON file without a {@code plan} field.
     */
    static Optional<RebuildCommand.SavedRun> savedRun(String value) {
        if (value.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return Optional.empty();
        }
        Path p = RebuildCommand.runPath(value);
        if (Files.isRegularFile(p)) {
            try {
                com.fasterxml.jackson.databind.JsonNode root = Json.MAPPER.readTree(p.toFile());
                if (root == null || !root.isObject() || !root.has("plan")) {
                    return Optional.empty();
                }
            } catch (java.io.IOException e) {
                return Optional.empty(); // not JSON: the schedule reader reports it with the file's name
            }
            return Optional.of(RebuildCommand.readRun(value));
        }
        if (value.contains("/") || value.contains(java.io.File.separator) || value.endsWith(".json")) {
            return Optional.empty(); // a path that does not exist: readSchedule names it
        }
        throw new UserException("no saved run " + value + " (looked for " + p + "): save one with 'crossroads rebuild plan --save "
                + value + "', or give a repair schedule file (CSV or JSON)");
    }

    private RepairSchedule readSchedule(RegionPack p) {
        Path file = Path.of(plan);
        if (!Files.isRegularFile(file)) {
            throw new UserException("no repair schedule or saved run at " + plan + ": --plan takes a run id of 'rebuild plan --save', "
                    + "a saved run's JSON file, or a CSV/JSON repair schedule");
        }
        return RepairSchedule.read(file, p.roads());
    }

    private Fleet readFleet(RegionPack p) {
        if (!Files.isRegularFile(fleet)) {
            throw new UserException("no fleet file at " + fleet);
        }
        return Fleet.read(fleet, p.roads());
    }

    private static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " '" + text + "' is not a month: use YYYY-MM", 2);
        }
    }
}
