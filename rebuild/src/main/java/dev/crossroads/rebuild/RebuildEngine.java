package dev.crossroads.rebuild;

import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.rebuild.needs.Needs;
import dev.crossroads.rebuild.needs.NeedsAssessment;
import dev.crossroads.rebuild.programme.Comparison;
import dev.crossroads.rebuild.programme.PackageBuilder;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.PlanChecker;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.ProgrammeSettings;
import dev.crossroads.rebuild.programme.ProgrammeSolver;
import dev.crossroads.rebuild.programme.WorkPackage;
import dev.crossroads.rebuild.rcpsp.RcpspInstance;
import dev.crossroads.rebuild.rcpsp.RcpspResult;
import dev.crossroads.rebuild.schedule.CpScheduler;
import dev.crossroads.rebuild.schedule.MakespanSearch;
import dev.crossroads.rebuild.schedule.Schedule;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;

/**
 * The reconstruction engine: needs assessment, work packages, the programme (CP-SAT), what-if comparison, and
 * the same scheduler on standard RCPSP instances. Plain Java: no printing, no IO beyond what callers pass in.
 */
public final class RebuildEngine {
    private RebuildEngine() {}

    /** Damage x unit cost per region and asset class, by RDNA sector, compared with the pack's reference totals. */
    public static Needs needs(RebuildInputs inputs) {
        return NeedsAssessment.assess(inputs);
    }

    /** The programme problem: work packages derived from the needs, with crews and budgets from the settings. */
    public static Programme programme(RebuildInputs inputs, ProgrammeSettings settings) {
        return PackageBuilder.programme(inputs, settings);
    }

    /** The work packages alone. */
    public static java.util.List<WorkPackage> packages(RebuildInputs inputs, ProgrammeSettings settings) {
        return programme(inputs, settings).packages();
    }

    /**
     * Chooses and schedules packages to maximise population-weighted service restored over the horizon, within
     * yearly budgets, crew capacities and precedence; explains each package's start and each omission. The plan
     * is checked by {@link PlanChecker} before it is returned.
     *
     * @throws dev.crossroads.rebuild.programme.ProgrammeInfeasibleException when required packages cannot be done
     *         (the message names the year whose budget or the crews that fall short)
     */
    public static Plan plan(Programme programme, SolveParameters params, SolveListener listener) {
        return ProgrammeSolver.solve(programme, params, listener);
    }

    /**
     * As {@link #plan(Programme, SolveParameters, SolveListener)}, starting from the plan of a run with fewer options
     * (fewer partners, less budget, fewer crews; the same packages): the result never has less service than that
     * plan. A given plan that is not feasible here is not used, and the plan's {@code solve.warmStart} says why.
     */
    public static Plan plan(
            Programme programme, SolveParameters params, SolveListener listener, java.util.Optional<Plan> warmStart) {
        return ProgrammeSolver.solve(programme, params, listener, warmStart);
    }

    /** Two plans side by side. */
    public static Comparison compare(String nameA, Plan a, String nameB, Plan b) {
        return Comparison.of(nameA, a, nameB, b);
    }

    /**
     * Solves a PSPLIB instance for minimum makespan: genetic first schedule, CP-SAT on the full model, then
     * large-neighbourhood search around CP-SAT ({@link MakespanSearch}).
     */
    public static RcpspResult rcpsp(RcpspInstance instance, SolveParameters params, SolveListener listener) {
        return rcpsp(instance, params, listener, RcpspMethod.LNS);
    }

    /** How {@link #rcpsp} searches: {@code LNS} (the default) or {@code CP}, CP-SAT alone on the programme's model. */
    public enum RcpspMethod {
        LNS,
        CP
    }

    public static RcpspResult rcpsp(
            RcpspInstance instance, SolveParameters params, SolveListener listener, RcpspMethod method) {
        Schedule s = method == RcpspMethod.LNS
                ? MakespanSearch.solve(instance.toProblem(), params, listener)
                : CpScheduler.solve(instance.toProblem(), params, listener);
        if (s.status() == Schedule.Status.INFEASIBLE || s.status() == Schedule.Status.UNKNOWN) {
            throw new IllegalStateException(instance.name() + ": no schedule found within " + params.timeLimitSeconds()
                    + " s (" + s.status() + ")");
        }
        int ms = (int) Math.round(s.objective());
        int lb = (int) Math.ceil(s.bound() - 1e-6);
        return new RcpspResult(
                instance.name(),
                ms,
                Math.min(lb, ms),
                s.status() == Schedule.Status.OPTIMAL || lb >= ms,
                s.seconds(),
                s.start());
    }
}
