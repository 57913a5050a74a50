package dev.crossroads.rebuild;

import dev.crossroads.rebuild.rcpsp.RcpspInstance;
import dev.crossroads.rebuild.rcpsp.RcpspResult;
import dev.crossroads.rebuild.schedule.CpScheduler;
import dev.crossroads.rebuild.schedule.Schedule;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;

/**
 * The reconstruction engine: needs assessment, work packages, the programme (CP-SAT), what-if comparison, and
 * the same scheduler on standard RCPSP instances. Plain Java: no printing, no IO beyond what callers pass in.
 */
public final class RebuildEngine {
    private RebuildEngine() {
    }

    /** Solves a PSPLIB instance for minimum makespan with the programme's CP-SAT model core. */
    public static RcpspResult rcpsp(RcpspInstance instance, SolveParameters params, SolveListener listener) {
        Schedule s = CpScheduler.solve(instance.toProblem(), params, listener);
        if (s.status() == Schedule.Status.INFEASIBLE || s.status() == Schedule.Status.UNKNOWN) {
            throw new IllegalStateException(instance.name() + ": no schedule found within " + params.timeLimitSeconds() + " s ("
                    + s.status() + ")");
        }
        int ms = (int) Math.round(s.objective());
        int lb = (int) Math.ceil(s.bound() - 1e-6);
        return new RcpspResult(instance.name(), ms, Math.min(lb, ms), s.status() == Schedule.Status.OPTIMAL || lb >= ms,
                s.seconds(), s.start());
    }
}
