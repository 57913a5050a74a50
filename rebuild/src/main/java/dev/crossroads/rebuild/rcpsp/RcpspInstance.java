package dev.crossroads.rebuild.rcpsp;

import dev.crossroads.rebuild.schedule.SchedulingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A single-mode RCPSP instance (PSPLIB): jobs with durations, renewable resource demands and successors. */
public record RcpspInstance(String name, List<Job> jobs, int[] capacities, int horizon) {
    public RcpspInstance {
        jobs = List.copyOf(jobs);
        capacities = capacities.clone();
        for (Job j : jobs) {
            if (j.demands().length != capacities.length) {
                throw new IllegalArgumentException(name + ": job " + j.number() + " has " + j.demands().length
                        + " demands for " + capacities.length + " resources");
            }
            for (int s : j.successors()) {
                if (s < 1 || s > jobs.size()) {
                    throw new IllegalArgumentException(name + ": job " + j.number() + " has an unknown successor " + s);
                }
            }
        }
    }

    /** A job, numbered from 1; successors by number. */
    public record Job(int number, int duration, int[] demands, int[] successors) {
        public Job {
            if (duration < 0) {
                throw new IllegalArgumentException("job " + number + " has a negative duration");
            }
            demands = demands.clone();
            successors = successors.clone();
        }
    }

    /** The instance as a scheduling problem with the makespan objective. */
    public SchedulingProblem toProblem() {
        List<SchedulingProblem.Task> tasks = new ArrayList<>();
        List<SchedulingProblem.Resource> res = new ArrayList<>();
        for (int r = 0; r < capacities.length; r++) {
            res.add(new SchedulingProblem.Resource("R" + (r + 1), capacities[r]));
        }
        List<SchedulingProblem.Precedence> prec = new ArrayList<>();
        int sum = 0;
        for (Job j : jobs) {
            tasks.add(SchedulingProblem.Task.single("job" + j.number(), j.duration(), j.demands()));
            for (int s : j.successors()) {
                prec.add(new SchedulingProblem.Precedence(j.number() - 1, s - 1));
            }
            sum += j.duration();
        }
        int h = Math.max(1, Math.max(sum, horizon));
        return new SchedulingProblem(
                tasks, res, prec, List.of(), List.of(), h, SchedulingProblem.Objective.MAKESPAN, Optional.empty());
    }

    /** Problems with a schedule (starts per job, in job order), empty if it is feasible. */
    public List<String> check(int[] start) {
        List<String> problems = new ArrayList<>();
        if (start.length != jobs.size()) {
            problems.add("schedule has " + start.length + " starts for " + jobs.size() + " jobs");
            return problems;
        }
        int end = 0;
        for (Job j : jobs) {
            if (start[j.number() - 1] < 0) {
                problems.add("job " + j.number() + " starts before 0");
            }
            end = Math.max(end, start[j.number() - 1] + j.duration());
            for (int s : j.successors()) {
                if (start[j.number() - 1] + j.duration() > start[s - 1]) {
                    problems.add("job " + s + " starts at " + start[s - 1] + " before its predecessor " + j.number()
                            + " ends at " + (start[j.number() - 1] + j.duration()));
                }
            }
        }
        for (int t = 0; t < end; t++) {
            for (int r = 0; r < capacities.length; r++) {
                int use = 0;
                for (Job j : jobs) {
                    int s = start[j.number() - 1];
                    if (s <= t && t < s + j.duration()) {
                        use += j.demands()[r];
                    }
                }
                if (use > capacities[r]) {
                    problems.add(
                            "resource R" + (r + 1) + " over capacity at t=" + t + ": " + use + " > " + capacities[r]);
                }
            }
        }
        return problems;
    }
}
