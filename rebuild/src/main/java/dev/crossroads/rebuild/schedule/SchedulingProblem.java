package dev.crossroads.rebuild.schedule;

import java.util.List;
import java.util.Optional;

/**
 * A resource-constrained scheduling problem on an integer time axis [0, horizon): tasks with one or more modes,
 * renewable resources of constant capacity, finish-to-start precedences, budgets per period and pool, and an
 * objective. The programme (months) and PSPLIB's RCPSP (periods) are both instances of it.
 *
 * @param startOrder pairs (a, b) of interchangeable tasks: b may only be present if a is, and starts no earlier
 *                   (symmetry breaking for the phases of one piece of work)
 * @param hint       an optional warm start: per task its start and mode index (-1: absent)
 */
public record SchedulingProblem(
        List<Task> tasks,
        List<Resource> resources,
        List<Precedence> precedences,
        List<Budget> budgets,
        List<Precedence> startOrder,
        int horizon,
        Objective objective,
        Optional<Hint> hint) {
    public SchedulingProblem {
        tasks = List.copyOf(tasks);
        resources = List.copyOf(resources);
        precedences = List.copyOf(precedences);
        budgets = List.copyOf(budgets);
        startOrder = List.copyOf(startOrder);
        if (horizon <= 0) {
            throw new IllegalArgumentException("horizon must be positive, got " + horizon);
        }
        if (objective == null) {
            throw new IllegalArgumentException("objective is required");
        }
        hint = hint == null ? Optional.empty() : hint;
        for (Task t : tasks) {
            for (Mode m : t.modes()) {
                if (m.demands().length != resources.size()) {
                    throw new IllegalArgumentException("task " + t.id() + " mode " + m.id() + " has "
                            + m.demands().length + " demands for " + resources.size() + " resources");
                }
                if (m.costPerTime().length != budgets.size()) {
                    throw new IllegalArgumentException("task " + t.id() + " mode " + m.id() + " has "
                            + m.costPerTime().length + " cost rates for " + budgets.size() + " budgets");
                }
            }
        }
        for (Precedence p : precedences) {
            check(p, tasks.size());
        }
        for (Precedence p : startOrder) {
            check(p, tasks.size());
        }
    }

    private static void check(Precedence p, int n) {
        if (p.before() < 0 || p.before() >= n || p.after() < 0 || p.after() >= n || p.before() == p.after()) {
            throw new IllegalArgumentException("precedence " + p + " refers to no task or to itself");
        }
    }

    /** A warm start: per task its start and mode index, -1 for both when the task is left out. */
    public record Hint(int[] start, int[] mode) {
        public Hint {
            start = start.clone();
            mode = mode.clone();
            if (start.length != mode.length) {
                throw new IllegalArgumentException("hint needs as many modes as starts");
            }
        }
    }

    /** What to optimise. */
    public enum Objective {
        /** Minimise the latest end (all tasks mandatory): RCPSP. */
        MAKESPAN,
        /** Maximise the sum over present tasks of weight x (horizon - end): service restored over time. */
        WEIGHTED_SERVICE
    }

    /**
     * A unit of work. Optional tasks may be left out; a present task runs in exactly one of its modes.
     *
     * @param weight     its value per time unit from its end to the horizon (WEIGHTED_SERVICE)
     * @param valueByEnd when not empty, its value when it ends at time e is {@code valueByEnd[e]} instead
     *                   (non-increasing in e; zero past the array's end): service whose rate changes over time
     */
    public record Task(String id, List<Mode> modes, boolean optional, long weight, long[] valueByEnd) {
        public Task {
            modes = List.copyOf(modes);
            if (modes.isEmpty()) {
                throw new IllegalArgumentException("task " + id + " has no mode");
            }
            if (weight < 0) {
                throw new IllegalArgumentException("task " + id + " has a negative weight");
            }
            valueByEnd = valueByEnd.clone();
            for (int e = 0; e < valueByEnd.length; e++) {
                if (valueByEnd[e] < 0 || (e > 0 && valueByEnd[e] > valueByEnd[e - 1])) {
                    throw new IllegalArgumentException(
                            "task " + id + ": values by end must be non-negative and non-increasing");
                }
            }
        }

        public Task(String id, List<Mode> modes, boolean optional, long weight) {
            this(id, modes, optional, weight, new long[0]);
        }

        /** Its value when it ends at time {@code end} on a horizon of {@code horizon}. */
        public long value(int end, int horizon) {
            if (valueByEnd.length > 0) {
                return end < valueByEnd.length ? valueByEnd[end] : 0;
            }
            return weight * Math.max(0, horizon - end);
        }

        public static Task single(String id, int duration, int[] demands) {
            return new Task(id, List.of(new Mode("m1", duration, demands, new long[0])), false, 0);
        }
    }

    /**
     * One way of doing a task: its duration, its demand on each resource while it runs, and what it costs per
     * time unit in each budget pool while it runs.
     */
    public record Mode(String id, int duration, int[] demands, long[] costPerTime) {
        public Mode {
            if (duration < 0) {
                throw new IllegalArgumentException("mode " + id + " has a negative duration");
            }
            demands = demands.clone();
            costPerTime = costPerTime.clone();
            for (int d : demands) {
                if (d < 0) {
                    throw new IllegalArgumentException("mode " + id + " has a negative demand");
                }
            }
        }
    }

    /** A renewable resource (a crew pool) with a constant capacity. */
    public record Resource(String id, int capacity) {
        public Resource {
            if (capacity < 0) {
                throw new IllegalArgumentException("resource " + id + " has a negative capacity");
            }
        }
    }

    /**
     * Task {@code before} ends no later than task {@code after} starts; {@code after} is done only if {@code before}
     * is (an optional {@code before} of a mandatory {@code after} is done).
     */
    public record Precedence(int before, int after) {}

    /** A spending cap per period of {@code periodLength} time units (a year of months) for one pool. */
    public record Budget(String id, int periodLength, long[] capPerPeriod) {
        public Budget {
            if (periodLength <= 0) {
                throw new IllegalArgumentException("budget " + id + " needs a positive period length");
            }
            capPerPeriod = capPerPeriod.clone();
        }
    }
}
