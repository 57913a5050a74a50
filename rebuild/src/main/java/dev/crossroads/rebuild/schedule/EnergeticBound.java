package dev.crossroads.rebuild.schedule;

import java.util.Arrays;

/**
 * A destructive lower bound on the makespan by energetic reasoning (Lopez, Erschler and Esquirol; Baptiste, Le
 * Pape and Nuijten): a makespan C is refuted when, with each task confined to [head, C - (tail - duration)], some
 * interval [t1, t2) must receive more of a resource's energy than capacity x (t2 - t1). The bound is the smallest
 * C not refuted, found by bisection (a larger C only widens the windows). Single mode, all mandatory.
 */
final class EnergeticBound {
    private EnergeticBound() {}

    /** The smallest makespan in [lb, ub] that energetic reasoning does not refute (ub when all below are). */
    static int of(SchedulingProblem p, Graph g, int lb, int ub) {
        int lo = lb;
        int hi = ub;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (refuted(p, g, mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean refuted(SchedulingProblem p, Graph g, int c) {
        int n = p.tasks().size();
        int[] head = g.heads();
        int[] tail = g.tails();
        int[] dur = new int[n];
        int[] lst = new int[n];
        for (int i = 0; i < n; i++) {
            dur[i] = p.tasks().get(i).modes().get(0).duration();
            lst[i] = c - tail[i];
            if (lst[i] < head[i]) {
                return true;
            }
        }
        int[] t1s = new int[2 * n];
        int[] t2s = new int[2 * n];
        for (int i = 0; i < n; i++) {
            t1s[2 * i] = head[i];
            t1s[2 * i + 1] = lst[i];
            t2s[2 * i] = head[i] + dur[i];
            t2s[2 * i + 1] = lst[i] + dur[i];
        }
        t1s = Arrays.stream(t1s).distinct().sorted().toArray();
        t2s = Arrays.stream(t2s).distinct().sorted().toArray();
        int nr = p.resources().size();
        for (int r = 0; r < nr; r++) {
            long cap = p.resources().get(r).capacity();
            int[] idx = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (dur[i] > 0 && p.tasks().get(i).modes().get(0).demands()[r] > 0) {
                    idx[m++] = i;
                }
            }
            for (int t1 : t1s) {
                for (int t2 : t2s) {
                    if (t2 <= t1) {
                        continue;
                    }
                    long energy = 0;
                    long room = cap * (t2 - t1);
                    for (int k = 0; k < m; k++) {
                        int i = idx[k];
                        int left = head[i] + dur[i] - t1;
                        int right = t2 - lst[i];
                        int in = Math.min(Math.min(t2 - t1, dur[i]), Math.min(left, right));
                        if (in > 0) {
                            energy +=
                                    (long) in * p.tasks().get(i).modes().get(0).demands()[r];
                            if (energy > room) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
