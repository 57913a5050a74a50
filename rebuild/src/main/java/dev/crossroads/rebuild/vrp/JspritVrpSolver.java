package dev.crossroads.rebuild.vrp;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * jsprit's ruin-and-recreate search (the {@code Jsprit} facade) with one thread, a fixed seed, a wall-time
 * termination and, in a {@link VrpBudget}, a maximum number of iterations (reproducible for a seed; jsprit's
 * acceptance threshold then anneals over that budget). Costs and times come from the problem's matrices; the fixed
 * cost of a vehicle is zero, so the objective is the distance (plus jsprit's own large penalty for jobs it leaves
 * out).
 */
public final class JspritVrpSolver implements VrpSolver {
    private final long seed;

    public JspritVrpSolver() {
        this(1L);
    }

    public JspritVrpSolver(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "jsprit";
    }

    @Override
    public VrpSolution solve(VrpProblem p, Duration limit, Optional<VrpSolution> start) {
        return solve(p, VrpBudget.wall(limit), start);
    }

    /** With an iteration budget: at most that many ruin-and-recreate iterations (the wall limit is an outer one). */
    @Override
    public VrpSolution solve(VrpProblem p, VrpBudget budget, Optional<VrpSolution> start) {
        Duration limit = budget.wallLimit();
        long t0 = System.nanoTime();
        VehicleRoutingProblem.Builder b = VehicleRoutingProblem.Builder.newInstance();
        b.setFleetSize(
                p.unlimitedFleet() ? VehicleRoutingProblem.FleetSize.INFINITE : VehicleRoutingProblem.FleetSize.FINITE);
        Map<String, Integer> vehicleIndex = new HashMap<>();
        Map<Integer, VehicleTypeImpl> types = new HashMap<>();
        List<VehicleImpl> built = new ArrayList<>();
        for (int k = 0; k < p.vehicles().size(); k++) {
            VrpVehicle v = p.vehicles().get(k);
            VehicleTypeImpl type = types.computeIfAbsent(
                    v.capacity(),
                    c -> VehicleTypeImpl.Builder.newInstance("cap" + c)
                            .addCapacityDimension(0, c)
                            .setCostPerDistance(1.0)
                            .setCostPerTransportTime(0)
                            .setCostPerWaitingTime(0)
                            .build());
            VehicleImpl.Builder vb = VehicleImpl.Builder.newInstance(v.id())
                    .setType(type)
                    .setStartLocation(Location.newInstance(v.start()))
                    .setEndLocation(Location.newInstance(v.end()))
                    .setReturnToDepot(true)
                    .setEarliestStart(v.earliestStart());
            if (v.latestEnd() < VrpJob.OPEN) {
                vb.setLatestArrival(v.latestEnd());
            }
            VehicleImpl vehicle = vb.build();
            built.add(vehicle);
            vehicleIndex.put(v.id(), k);
            b.addVehicle(vehicle);
        }
        Map<String, Integer> jobIndex = new HashMap<>();
        List<Service> services = new ArrayList<>();
        for (int j = 0; j < p.jobs().size(); j++) {
            VrpJob job = p.jobs().get(j);
            String id = "j" + j;
            var sb = Service.Builder.newInstance(id)
                    .addSizeDimension(0, job.demand())
                    .setLocation(Location.newInstance(job.location()))
                    .setServiceTime(job.serviceTime());
            if (job.readyTime() > 0 || job.dueTime() < VrpJob.OPEN) {
                sb.setTimeWindow(TimeWindow.newInstance(job.readyTime(), Math.min(job.dueTime(), Double.MAX_VALUE)));
            }
            Service s = sb.build();
            services.add(s);
            jobIndex.put(id, j);
            b.addJob(s);
        }
        b.setRoutingCost(new MatrixCosts(p.distance(), p.travelTime()));
        VehicleRoutingProblem vrp = b.build();
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
                .setProperty(Jsprit.Parameter.THREADS, "1")
                .setRandom(new Random(seed))
                .buildAlgorithm();
        algorithm.setMaxIterations(
                (int) Math.min(Integer.MAX_VALUE, budget.iterations().orElse(Integer.MAX_VALUE)));
        long remaining = Math.max(50, limit.toMillis() - (System.nanoTime() - t0) / 1_000_000);
        TimeTermination termination = new TimeTermination(remaining);
        algorithm.setPrematureAlgorithmTermination(termination);
        algorithm.addListener(termination);
        start.ifPresent(s -> seed(vrp, s, built, services).ifPresent(algorithm::addInitialSolution));
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        List<VrpRoute> routes = new ArrayList<>();
        boolean[] served = new boolean[p.jobs().size()];
        for (VehicleRoute r : best.getRoutes()) {
            List<Integer> jobs = new ArrayList<>();
            for (TourActivity a : r.getActivities()) {
                if (a instanceof TourActivity.JobActivity ja) {
                    int j = jobIndex.get(ja.getJob().getId());
                    jobs.add(j);
                    served[j] = true;
                }
            }
            routes.add(new VrpRoute(vehicleIndex.get(r.getVehicle().getId()), jobs));
        }
        List<Integer> unassigned = new ArrayList<>();
        for (int j = 0; j < served.length; j++) {
            if (!served[j]) {
                unassigned.add(j);
            }
        }
        return VrpSolution.of(name(), p, routes, unassigned, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Optional<VehicleRoutingProblemSolution> seed(
            VehicleRoutingProblem vrp, VrpSolution s, List<VehicleImpl> vehicles, List<Service> services) {
        List<VehicleRoute> routes = new ArrayList<>();
        for (VrpRoute r : s.routes()) {
            VehicleRoute.Builder rb = VehicleRoute.Builder.newInstance(vehicles.get(r.vehicle()))
                    .setJobActivityFactory(vrp.getJobActivityFactory());
            for (int j : r.jobs()) {
                rb.addService(services.get(j));
            }
            routes.add(rb.build());
        }
        List<Job> unassigned = new ArrayList<>();
        s.unassigned().forEach(j -> unassigned.add(services.get(j)));
        VehicleRoutingProblemSolution sol = new VehicleRoutingProblemSolution(routes, unassigned, s.distance());
        return Optional.of(sol);
    }

    /** The problem's matrices as jsprit transport costs (cost = distance). */
    private static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {
        private final double[][] distance;
        private final double[][] time;

        MatrixCosts(double[][] distance, double[][] time) {
            this.distance = distance;
            this.time = time;
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
            return distance[from.getIndex()][to.getIndex()];
        }

        @Override
        public double getTransportTime(
                Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            return time[from.getIndex()][to.getIndex()];
        }

        @Override
        public double getTransportCost(
                Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            return distance[from.getIndex()][to.getIndex()];
        }
    }
}
