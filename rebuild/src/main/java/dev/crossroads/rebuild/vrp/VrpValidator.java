package dev.crossroads.rebuild.vrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a solution against its problem by recomputing everything from the routes: each job once, loads
 * against capacity, arrival times against windows, return to the depot in time, no unreachable leg. It
 * shares no code with the solvers.
 */
public final class VrpValidator {
    private static final double EPS = 1e-6;

    private VrpValidator() {}

    /** Every violation, in words; empty when the solution is feasible. */
    public static List<String> violations(VrpProblem p, VrpSolution s) {
        List<String> out = new ArrayList<>();
        int[] served = new int[p.jobs().size()];
        boolean[] vehicleUsed = new boolean[p.vehicles().size()];
        for (VrpRoute r : s.routes()) {
            if (r.vehicle() >= p.vehicles().size()) {
                out.add("route uses unknown vehicle " + r.vehicle());
                continue;
            }
            VrpVehicle v = p.vehicles().get(r.vehicle());
            if (vehicleUsed[r.vehicle()] && !p.unlimitedFleet()) {
                out.add("vehicle " + v.id() + " drives two routes");
            }
            vehicleUsed[r.vehicle()] = true;
            long load = 0;
            double time = v.earliestStart();
            int at = v.start();
            for (int j : r.jobs()) {
                if (j < 0 || j >= p.jobs().size()) {
                    out.add("vehicle " + v.id() + " serves unknown job " + j);
                    continue;
                }
                VrpJob job = p.jobs().get(j);
                served[j]++;
                load += job.demand();
                if (p.distance()[at][job.location()] >= VrpProblem.UNREACHABLE) {
                    out.add("vehicle " + v.id() + " drives an unreachable leg to job " + job.id());
                }
                time += p.travelTime()[at][job.location()];
                time = Math.max(time, job.readyTime());
                if (time > job.dueTime() + EPS) {
                    out.add(String.format(
                            Locale.ROOT,
                            "vehicle %s reaches job %s at %.2f, after its due time %.2f",
                            v.id(),
                            job.id(),
                            time,
                            job.dueTime()));
                }
                time += job.serviceTime();
                at = job.location();
            }
            if (load > v.capacity()) {
                out.add("vehicle " + v.id() + " carries " + load + " > capacity " + v.capacity());
            }
            if (p.distance()[at][v.end()] >= VrpProblem.UNREACHABLE) {
                out.add("vehicle " + v.id() + " cannot drive back to its depot");
            }
            time += p.travelTime()[at][v.end()];
            if (time > v.latestEnd() + EPS) {
                out.add(String.format(
                        Locale.ROOT,
                        "vehicle %s is back at %.2f, after its latest end %.2f",
                        v.id(),
                        time,
                        v.latestEnd()));
            }
        }
        for (int j : s.unassigned()) {
            if (j >= 0 && j < served.length) {
                served[j]++;
            }
            if (!p.allowUnassigned()) {
                out.add("job " + p.jobs().get(j).id() + " is left out but every job must be served");
            }
        }
        for (int j = 0; j < served.length; j++) {
            if (served[j] != 1) {
                out.add("job " + p.jobs().get(j).id() + " appears " + served[j]
                        + " times (served or left out), not once");
            }
        }
        double d = VrpSolution.distanceOf(p, s.routes());
        if (Math.abs(d - s.distance()) > 1e-6 * Math.max(1, d)) {
            out.add(String.format(
                    Locale.ROOT, "reported distance %.3f differs from the recomputed %.3f", s.distance(), d));
        }
        return out;
    }
}
