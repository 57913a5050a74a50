package dev.crossroads.rebuild.schedule;

import java.util.Arrays;
import java.util.Random;

/**
 * The serial schedule-generation scheme for single-mode, all-mandatory problems: activities are taken in
 * priority order among those whose predecessors are scheduled and put at their earliest precedence- and
 * resource-feasible start. Used for an upper bound (the CP model's horizon) and a warm start. Improved by
 * forward-backward justification and by seeded random sampling around the latest-finish-time rule.
 */
final class SerialSgs {
    private SerialSgs() {}

    static int makespan(SchedulingProblem p, int[] start) {
        int ms = 0;
        for (int i = 0; i < start.length; i++) {
            ms = Math.max(ms, start[i] + p.tasks().get(i).modes().get(0).duration());
        }
        return ms;
    }

    /** The best schedule over the LFT rule and {@code samples} randomised passes, each justified. */
    static int[] best(SchedulingProblem p, Graph g, int seed, int samples) {
        int n = p.tasks().size();
        int[] tail = g.tails();
        double[] prio = new double[n];
        for (int i = 0; i < n; i++) {
            prio[i] = -tail[i];
        }
        int[] best = justify(p, g, forward(p, g, prio, false));
        int bestMs = makespan(p, best);
        Random rnd = new Random(seed);
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < n; i++) {
                prio[i] = -tail[i] * (1 + 0.25 * rnd.nextGaussian());
            }
            int[] sched = justify(p, g, forward(p, g, prio, false));
            int ms = makespan(p, sched);
            if (ms < bestMs) {
                bestMs = ms;
                best = sched;
            }
        }
        return best;
    }

    /** Forward-backward improvement: right-justify in decreasing end order, then left-justify in increasing start. */
    static int[] justify(SchedulingProblem p, Graph g, int[] start) {
        int[] cur = start;
        int curMs = makespan(p, cur);
        for (int round = 0; round < 3; round++) {
            int n = cur.length;
            double[] prio = new double[n];
            for (int i = 0; i < n; i++) {
                prio[i] = -(cur[i] + p.tasks().get(i).modes().get(0).duration());
            }
            int[] back = forward(p, g, prio, true);
            int ms = makespan(p, back);
            int[] realStart = new int[n];
            for (int i = 0; i < n; i++) {
                realStart[i] = ms - back[i] - p.tasks().get(i).modes().get(0).duration();
            }
            for (int i = 0; i < n; i++) {
                prio[i] = realStart[i];
            }
            int[] fwd = forward(p, g, prio, false);
            int fms = makespan(p, fwd);
            if (fms >= curMs) {
                break;
            }
            cur = fwd;
            curMs = fms;
        }
        return cur;
    }

    /**
     * Serial SGS; lower priority value first. With {@code reversed} the graph's arcs are reversed and the result
     * is a schedule in reversed time.
     */
    static int[] forward(SchedulingProblem p, Graph g, double[] prio, boolean reversed) {
        int n = p.tasks().size();
        int nr = p.resources().size();
        int[] dur = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            dur[i] = p.tasks().get(i).modes().get(0).duration();
            total += dur[i];
        }
        int[][] used = new int[nr][total + 1];
        int[] start = new int[n];
        boolean[] done = new boolean[n];
        int[] waiting = new int[n];
        for (int i = 0; i < n; i++) {
            waiting[i] = (reversed ? g.successors(i) : g.predecessors(i)).size();
        }
        for (int step = 0; step < n; step++) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && waiting[i] == 0 && (pick < 0 || prio[i] < prio[pick])) {
                    pick = i;
                }
            }
            int es = 0;
            for (int q : reversed ? g.successors(pick) : g.predecessors(pick)) {
                es = Math.max(es, start[q] + dur[q]);
            }
            int[] dem = p.tasks().get(pick).modes().get(0).demands();
            for (int r = 0; r < nr; r++) {
                if (dem[r] > p.resources().get(r).capacity()) {
                    throw new IllegalArgumentException(
                            "task " + p.tasks().get(pick).id() + " needs " + dem[r] + " of resource "
                                    + p.resources().get(r).id() + " but its capacity is "
                                    + p.resources().get(r).capacity());
                }
            }
            int t = es;
            outer:
            while (true) {
                for (int u = t; u < t + dur[pick]; u++) {
                    for (int r = 0; r < nr; r++) {
                        if (dem[r] > 0
                                && used[r][u] + dem[r] > p.resources().get(r).capacity()) {
                            t = u + 1;
                            continue outer;
                        }
                    }
                }
                break;
            }
            start[pick] = t;
            for (int u = t; u < t + dur[pick]; u++) {
                for (int r = 0; r < nr; r++) {
                    used[r][u] += dem[r];
                }
            }
            done[pick] = true;
            for (int q : reversed ? g.predecessors(pick) : g.successors(pick)) {
                waiting[q]--;
            }
        }
        return start;
    }

    static int[] copy(int[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
