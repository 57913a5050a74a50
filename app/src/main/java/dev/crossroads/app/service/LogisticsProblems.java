package dev.crossroads.app.service;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.logistics.Fleet;
import dev.crossroads.rebuild.logistics.IllustrativeProgramme;
import dev.crossroads.rebuild.logistics.LogisticsProblem;
import dev.crossroads.rebuild.logistics.LogisticsSettings;
import dev.crossroads.rebuild.logistics.MaterialsTable;
import dev.crossroads.rebuild.logistics.ProgrammeLogistics;
import dev.crossroads.rebuild.logistics.RepairSchedule;
import dev.crossroads.rebuild.logistics.Speeds;
import dev.crossroads.rebuild.logistics.SupplyPoints;
import dev.crossroads.rebuild.logistics.WorkActivity;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.vrp.VrpBudget;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The month's logistics problem as the CLI ({@code rebuild logistics}) and the HTTP job ({@code rebuild.logistics})
 * pose it: from the illustrative programme or a repair schedule, or from a scheduled programme.
 */
public final class LogisticsProblems {
    private LogisticsProblems() {}

    /**
     * The logistics problem of a month with a repair schedule: the given repair schedule and fleet, or the
     * illustrative ones, with a routing budget per trip round of a day (see {@link #budget}). Throws
     * {@link ServiceException} when the pack lacks its materials table.
     */
    public static LogisticsProblem problem(
            RegionPack regionPack,
            Path packDir,
            YearMonth month,
            Optional<RepairSchedule> plan,
            Optional<Fleet> fleet,
            Optional<YearMonth> programmeStart,
            String solver,
            VrpBudget budgetPerDay) {
        YearMonth start =
                programmeStart.orElse(YearMonth.of(regionPack.meta().asOf().getYear(), 1));
        YearMonth last =
                start.plusMonths(dev.crossroads.rebuild.programme.ProgrammeSettings.DEFAULT_HORIZON_MONTHS - 1L);
        if (month.isBefore(start) || month.isAfter(last)) {
            // a month outside the programme has nothing to deliver, and one centuries away took half a minute to plan
            throw new ServiceException(
                    ServiceException.Kind.INPUT,
                    "the period " + month + " lies outside the illustrative" + " programme, " + start + " to " + last
                            + ": choose a month inside it (or move it with --programme-start)");
        }
        MaterialsTable materials = materials(regionPack, packDir);
        RepairSchedule schedule = plan.orElseGet(() -> RepairSchedule.illustrative(regionPack.roads(), start));
        Fleet trucks = fleet.orElseGet(() -> Fleet.illustrative(regionPack.roads()));
        List<WorkActivity> work =
                IllustrativeProgramme.activities(regionPack.rebuild(), regionPack.roads(), schedule, month);
        LogisticsSettings settings = LogisticsSettings.DEFAULT.withSolver(solver, budgetPerDay);
        return new LogisticsProblem(
                regionPack.roads(),
                schedule,
                month,
                work,
                materials,
                trucks,
                SupplyPoints.trucksPerDay(regionPack.roads()),
                Speeds.DEFAULT,
                settings);
    }

    /**
     * The logistics problem of a month under a scheduled programme: the packages under way in the month and
     * the reopening months its road and bridge packages give, with a routing budget per trip round of a day (see
     * {@link #budget}); {@code runName} names it in messages ("run base", "job 7f3a"). Throws
     * {@link ServiceException} when the month lies outside the programme.
     */
    public static LogisticsProblem problemFromProgramme(
            RegionPack regionPack,
            Path packDir,
            YearMonth month,
            Plan programme,
            String runName,
            Optional<Fleet> fleet,
            String solver,
            VrpBudget budgetPerDay) {
        YearMonth first = ProgrammeLogistics.start(programme);
        YearMonth last = first.plusMonths(programme.horizonMonths() - 1L);
        if (month.isBefore(first) || month.isAfter(last)) {
            throw ServiceException.input(runName + " plans " + first + " to " + last + ": choose a period inside it");
        }
        MaterialsTable materials = materials(regionPack, packDir);
        RepairSchedule schedule = ProgrammeLogistics.schedule(programme, regionPack.roads(), runName);
        Fleet trucks = fleet.orElseGet(() -> Fleet.illustrative(regionPack.roads()));
        List<WorkActivity> work =
                ProgrammeLogistics.activities(programme, regionPack.rebuild(), regionPack.roads(), schedule, month);
        LogisticsSettings settings = LogisticsSettings.DEFAULT.withSolver(solver, budgetPerDay);
        return new LogisticsProblem(
                regionPack.roads(),
                schedule,
                month,
                work,
                materials,
                trucks,
                SupplyPoints.trucksPerDay(regionPack.roads()),
                Speeds.DEFAULT,
                settings);
    }

    /**
     * The routing budget of each trip round of a day: {@code timeLimitSeconds} of wall time, and with {@code
     * iterations} that many iterations in the solver's own unit (the plan is then the same on every run, the wall
     * limit only an outer limit).
     */
    public static VrpBudget budget(double timeLimitSeconds, Optional<Long> iterations) {
        if (!(timeLimitSeconds > 0)) {
            throw ServiceException.input("the time limit per day must be positive, got " + timeLimitSeconds);
        }
        if (iterations.isPresent() && iterations.get() < 1) {
            throw ServiceException.input("iterations must be at least 1, got " + iterations.get());
        }
        Duration wall = Duration.ofMillis(Math.max(1, Math.round(timeLimitSeconds * 1000)));
        return iterations.isPresent() ? VrpBudget.iterations(iterations.get(), wall) : VrpBudget.wall(wall);
    }

    private static MaterialsTable materials(RegionPack regionPack, Path packDir) {
        return MaterialsTable.of(regionPack.rebuild())
                .orElseThrow(() -> ServiceException.input("the pack at " + packDir + " has no " + MaterialsTable.FILE
                        + ": add one (asset_class,material,tonnes_per_unit,source,confidence,note)"));
    }
}
