package dev.crossroads.rebuild.programme;

import java.util.HashMap;
import java.util.Map;

/**
 * Service restored: the one definition behind every service percentage the CLI, the API and the Brief print.
 *
 * <p>{@value #DEFINITION}
 *
 * <p>The solver maximises a different quantity, the service summed month by month to the horizon (weighted
 * person-months, {@link Plan#serviceRestored()}): an earlier finish counts for more months. That figure is printed
 * as a number with its unit, never as a percentage.
 */
public final class Service {
    /** The definition, word for word as the README and the outputs give it. */
    public static final String DEFINITION = "service restored by a date = the population-weighted service of the "
            + "packages done by that date (population served x the asset class's service weight, counted in "
            + "proportion to the power a power input gives), as a share of what all the programme's packages "
            + "together would restore";

    private Service() {}

    /**
     * Service restored by the end of month {@code month} (0 = none done yet, the horizon = the end), in percent: the
     * packages of the plan that end by then, each counted at the share of the programme year the month falls in.
     */
    public static double percentAt(Programme prog, Plan plan, int month) {
        Map<String, WorkPackage> byId = new HashMap<>();
        prog.packages().forEach(w -> byId.put(w.id(), w));
        double total = prog.packages().stream()
                .mapToDouble(WorkPackage::weightedPopulation)
                .sum();
        int year = Math.min(prog.years() - 1, Math.max(0, month - 1) / 12);
        double done = 0;
        for (Plan.PackageOutcome o : plan.packages()) {
            WorkPackage w = byId.get(o.id());
            if (o.selected() && w != null && o.endMonth() <= month) {
                done += w.weightedPopulation() * prog.serviceFactor(w, year);
            }
        }
        return total > 0 ? 100 * done / total : 0;
    }

    /** Service restored by the end of each programme year, in percent (what {@link Plan#years()} gives). */
    public static double[] percentByYear(Programme prog, Plan plan) {
        double[] out = new double[prog.years()];
        for (int y = 0; y < out.length; y++) {
            out[y] = percentAt(prog, plan, Math.min(prog.horizonMonths(), 12 * (y + 1)));
        }
        return out;
    }
}
