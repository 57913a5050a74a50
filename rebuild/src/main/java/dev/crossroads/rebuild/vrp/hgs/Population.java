package dev.crossroads.rebuild.vrp.hgs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Two subpopulations, feasible and infeasible, each sorted by penalised cost. Survivors and parents are chosen
 * by biased fitness: the rank by cost plus (1 - elite/size) times the rank by diversity contribution (mean
 * broken-pairs distance to the closest others), so that a clone or a near-clone goes first (Vidal et al.
 * 2012).
 */
final class Population {
    private final HgsParams params;
    private final SplittableRandom random;
    final List<Individual> feasible = new ArrayList<>();
    final List<Individual> infeasible = new ArrayList<>();
    /** Best feasible since the last restart, and overall. */
    Individual bestSinceRestart;

    Individual best;

    Population(HgsParams params, SplittableRandom random) {
        this.params = params;
        this.random = random;
    }

    /** Adds a copy; true when it is a new best feasible solution since the last restart. */
    boolean add(Individual ind) {
        List<Individual> sub = ind.feasible() ? feasible : infeasible;
        Individual c = ind.copy();
        for (Individual o : sub) {
            double dist = c.brokenPairs(o);
            insertSorted(o.proximity, new Individual.Neighbour(dist, c));
            insertSorted(c.proximity, new Individual.Neighbour(dist, o));
        }
        int at = sub.size();
        while (at > 0 && sub.get(at - 1).penalisedCost > c.penalisedCost + 1e-9) {
            at--;
        }
        sub.add(at, c);
        if (sub.size() > params.mu() + params.lambda()) {
            while (sub.size() > params.mu()) {
                removeWorst(sub);
            }
        }
        if (c.feasible() && (bestSinceRestart == null || c.penalisedCost < bestSinceRestart.penalisedCost - 1e-9)) {
            bestSinceRestart = c.copy();
            if (best == null || c.penalisedCost < best.penalisedCost - 1e-9) {
                best = c.copy();
            }
            return true;
        }
        return false;
    }

    private static void insertSorted(List<Individual.Neighbour> list, Individual.Neighbour nb) {
        int at = list.size();
        while (at > 0 && list.get(at - 1).distance() > nb.distance()) {
            at--;
        }
        list.add(at, nb);
    }

    private void updateBiasedFitness(List<Individual> sub) {
        int size = sub.size();
        if (size == 1) {
            sub.get(0).biasedFitness = 0;
            return;
        }
        Integer[] byDiversity = new Integer[size];
        double[] div = new double[size];
        for (int i = 0; i < size; i++) {
            byDiversity[i] = i;
            div[i] = sub.get(i).diversity(params.close());
        }
        // most diverse first; ties by cost rank
        java.util.Arrays.sort(byDiversity, (a, b) -> {
            int c = Double.compare(div[b], div[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double eliteShare = size <= params.elite() ? 0 : 1.0 - (double) params.elite() / size;
        for (int i = 0; i < size; i++) {
            double divRank = (double) i / (size - 1);
            int costRank = byDiversity[i];
            double fitRank = (double) costRank / (size - 1);
            sub.get(costRank).biasedFitness = size <= params.elite() ? fitRank : fitRank + eliteShare * divRank;
        }
    }

    /** Removes the individual with the worst biased fitness, a clone first. */
    private void removeWorst(List<Individual> sub) {
        updateBiasedFitness(sub);
        int worst = -1;
        boolean worstIsClone = false;
        double worstFit = -1;
        for (int i = 1; i < sub.size(); i++) { // the best by cost stays
            Individual ind = sub.get(i);
            boolean clone = !ind.proximity.isEmpty() && ind.proximity.get(0).distance() < 1e-9;
            if ((clone && !worstIsClone) || (clone == worstIsClone && ind.biasedFitness > worstFit)) {
                worst = i;
                worstIsClone = clone;
                worstFit = ind.biasedFitness;
            }
        }
        Individual gone = sub.remove(worst);
        for (Individual o : sub) {
            o.proximity.removeIf(nb -> nb.other() == gone);
        }
    }

    /** Binary tournament on biased fitness over both subpopulations. */
    Individual tournament() {
        updateBiasedFitness(feasible);
        updateBiasedFitness(infeasible);
        int total = feasible.size() + infeasible.size();
        Individual a = pick(random.nextInt(total));
        Individual b = pick(random.nextInt(total));
        return a.biasedFitness < b.biasedFitness ? a : b;
    }

    private Individual pick(int i) {
        return i < feasible.size() ? feasible.get(i) : infeasible.get(i - feasible.size());
    }

    /** New penalties: re-prices the infeasible individuals and re-sorts them. */
    void reprice(double penalty, double penaltyTimeWarp) {
        for (Individual ind : infeasible) {
            ind.reprice(penalty, penaltyTimeWarp);
        }
        infeasible.sort((a, b) -> Double.compare(a.penalisedCost, b.penalisedCost));
    }

    void clear() {
        feasible.clear();
        infeasible.clear();
        bestSinceRestart = null;
    }

    int size() {
        return feasible.size() + infeasible.size();
    }
}
