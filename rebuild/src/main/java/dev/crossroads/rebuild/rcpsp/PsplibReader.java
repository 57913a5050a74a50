package dev.crossroads.rebuild.rcpsp;

import dev.crossroads.core.input.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PSPLIB single-mode {@code .sm} files: the sections PRECEDENCE RELATIONS (job, modes, successor count,
 * successors), REQUESTS/DURATIONS (job, mode, duration, demand per renewable resource) and RESOURCEAVAILABILITIES.
 */
public final class PsplibReader {
    private PsplibReader() {}

    /** Longest duration of one job: larger values are refused (sums of durations must fit the solver's integers). */
    static final int MAX_DURATION = 1_000_000;

    private record Row(int line, int[] values) {}

    public static RcpspInstance parse(String name, List<String> lines) {
        int jobs = -1;
        int renewable = -1;
        int horizon = 0;
        List<Row> successors = new ArrayList<>();
        List<Row> requests = new ArrayList<>();
        Row capacities = null;
        String section = "";
        int maxJobs = Limits.getInt(Limits.RCPSP_JOBS);
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            try {
                if (line.startsWith("jobs (incl. supersource/sink )")) {
                    jobs = Integer.parseInt(after(line));
                    if (jobs < 1 || jobs > maxJobs) {
                        throw new IllegalArgumentException(where(name, ln) + "jobs " + jobs + " must be between 1 and "
                                + maxJobs + " (" + Limits.howToChange(Limits.RCPSP_JOBS) + ")");
                    }
                } else if (line.startsWith("horizon")) {
                    horizon = Integer.parseInt(after(line));
                    if (horizon < 0) {
                        throw new IllegalArgumentException(where(name, ln) + "the horizon " + horizon + " is negative");
                    }
                } else if (line.startsWith("- renewable")) {
                    renewable = Integer.parseInt(after(line).split("\\s+")[0]);
                    if (renewable < 0 || renewable > 1000) {
                        throw new IllegalArgumentException(
                                where(name, ln) + "renewable resources " + renewable + " must be 0 to 1000");
                    }
                } else if (line.startsWith("PRECEDENCE RELATIONS")) {
                    section = "prec";
                    ln++;
                } else if (line.startsWith("REQUESTS/DURATIONS")) {
                    section = "req";
                    ln += 2;
                } else if (line.startsWith("RESOURCEAVAILABILITIES")) {
                    section = "avail";
                    ln++;
                } else if (line.startsWith("***") || line.isEmpty()) {
                    if (line.startsWith("***")) {
                        section = "";
                    }
                } else if (section.equals("prec")) {
                    if (successors.size() > maxJobs) {
                        throw new IllegalArgumentException(where(name, ln) + "more than " + maxJobs
                                + " precedence rows (" + Limits.howToChange(Limits.RCPSP_JOBS) + ")");
                    }
                    successors.add(new Row(ln + 1, ints(line)));
                } else if (section.equals("req")) {
                    if (requests.size() > maxJobs) {
                        throw new IllegalArgumentException(where(name, ln) + "more than " + maxJobs + " request rows ("
                                + Limits.howToChange(Limits.RCPSP_JOBS) + ")");
                    }
                    requests.add(new Row(ln + 1, ints(line)));
                } else if (section.equals("avail")) {
                    capacities = new Row(ln + 1, ints(line));
                    section = "";
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(name, ln) + "cannot read a whole number (at most "
                        + Integer.MAX_VALUE + ") in '" + clip(line) + "'");
            }
        }
        if (jobs < 0 || renewable < 0 || capacities == null) {
            throw new IllegalArgumentException(name + ": not a PSPLIB single-mode file (jobs, renewable resources or "
                    + "RESOURCEAVAILABILITIES missing)");
        }
        if (successors.size() != jobs || requests.size() != jobs) {
            throw new IllegalArgumentException(name + ": " + jobs + " jobs declared but " + successors.size()
                    + " precedence rows and " + requests.size() + " request rows found");
        }
        if (capacities.values().length != renewable) {
            throw new IllegalArgumentException(name + ":" + capacities.line() + ": " + renewable
                    + " renewable resources declared but " + capacities.values().length + " availabilities given");
        }
        for (int c : capacities.values()) {
            if (c < 0) {
                throw new IllegalArgumentException(
                        name + ":" + capacities.line() + ": a resource availability is negative (" + c + ")");
            }
        }
        List<RcpspInstance.Job> list = new ArrayList<>();
        long total = 0;
        for (int j = 0; j < jobs; j++) {
            Row prRow = successors.get(j);
            Row rqRow = requests.get(j);
            int[] pr = prRow.values();
            int[] rq = rqRow.values();
            String atPr = name + ":" + prRow.line() + ": ";
            String atRq = name + ":" + rqRow.line() + ": ";
            if (pr.length < 3) {
                throw new IllegalArgumentException(
                        atPr + "a precedence row needs job, modes, successor count and successors");
            }
            if (rq.length < 3) {
                throw new IllegalArgumentException(
                        atRq + "a request row needs job, mode, duration and one demand per resource");
            }
            if (pr[0] != j + 1 || rq[0] != j + 1) {
                throw new IllegalArgumentException(
                        (pr[0] != j + 1 ? atPr : atRq) + "job rows out of order at job " + (j + 1));
            }
            if (pr[1] != 1 || rq[1] != 1) {
                throw new IllegalArgumentException(
                        atPr + "job " + (j + 1) + " has several modes; only single-mode .sm files are read");
            }
            int count = pr[2];
            if (count != pr.length - 3) {
                throw new IllegalArgumentException(
                        atPr + "job " + (j + 1) + " declares " + count + " successors but lists " + (pr.length - 3));
            }
            int[] succ = java.util.Arrays.copyOfRange(pr, 3, 3 + count);
            for (int s : succ) {
                if (s < 1 || s > jobs || s == j + 1) {
                    throw new IllegalArgumentException(
                            atPr + "job " + (j + 1) + " has successor " + s + ", not another job 1.." + jobs);
                }
            }
            if (rq.length != 3 + renewable) {
                throw new IllegalArgumentException(atRq + "job " + (j + 1) + " has " + (rq.length - 3) + " demands for "
                        + renewable + " resources");
            }
            if (rq[2] < 0 || rq[2] > MAX_DURATION) {
                throw new IllegalArgumentException(
                        atRq + "job " + (j + 1) + " has duration " + rq[2] + "; durations are 0 to " + MAX_DURATION);
            }
            total += rq[2];
            for (int r = 0; r < renewable; r++) {
                int q = rq[3 + r];
                if (q < 0 || q > capacities.values()[r]) {
                    throw new IllegalArgumentException(
                            atRq + "job " + (j + 1) + " demands " + q + " of resource R" + (r + 1)
                                    + (q < 0
                                            ? ", a negative amount"
                                            : ", more than its availability "
                                                    + capacities.values()[r]));
                }
            }
            list.add(new RcpspInstance.Job(j + 1, rq[2], java.util.Arrays.copyOfRange(rq, 3, 3 + renewable), succ));
        }
        if (total > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException(name + ": the durations add up to " + total + ", more than "
                    + Integer.MAX_VALUE / 4 + " time units");
        }
        requireAcyclic(name, list);
        return new RcpspInstance(name, list, capacities.values(), horizon);
    }

    private static void requireAcyclic(String name, List<RcpspInstance.Job> jobs) {
        int n = jobs.size();
        int[] indegree = new int[n];
        for (RcpspInstance.Job j : jobs) {
            for (int s : j.successors()) {
                indegree[s - 1]++;
            }
        }
        java.util.ArrayDeque<Integer> ready = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int seen = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            seen++;
            for (int s : jobs.get(i).successors()) {
                if (--indegree[s - 1] == 0) {
                    ready.add(s - 1);
                }
            }
        }
        if (seen < n) {
            for (int i = 0; i < n; i++) {
                if (indegree[i] > 0) {
                    throw new IllegalArgumentException(
                            name + ": the precedence relations form a cycle through job " + (i + 1));
                }
            }
        }
    }

    private static String where(String name, int ln) {
        return name + ":" + (ln + 1) + ": ";
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static String after(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    private static int[] ints(String line) {
        String[] parts = line.strip().split("\\s+");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Integer.parseInt(parts[i]);
        }
        return v;
    }
}
