package dev.crossroads.rebuild.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Seeded random programmes with required and optional packages, precedence between them (a required package may
 * wait for an optional one), phased packages, yearly budgets, national crews and sometimes a partner. Every plan the
 * solver returns must pass the independent {@link PlanChecker}; a programme the solver calls infeasible must name
 * what to change. The solver stops on CP-SAT's deterministic work limit (the wall clock is only an outer safety
 * limit), so a case gives the same result on any machine; a failure names the generator's seed (rerun one case with
 * {@link #programme(long)}).
 */
class RandomProgrammePropertiesTest {
    /**
     * Deterministic work per solve (CP-SAT deterministic seconds): the property is feasibility, not optimality, so a
     * small budget keeps a few hundred cases to seconds.
     */
    private static final double WORK_LIMIT = 0.1;

    @Property(tries = 300, seed = "16", shrinking = ShrinkingMode.OFF)
    void everyPlanOfARandomProgrammePassesTheChecker(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Programme p = programme(seed);
        Plan plan;
        try {
            plan = RebuildEngine.plan(p, new SolveParameters(60, 1, 0, WORK_LIMIT), (t, o, b) -> {});
        } catch (IllegalStateException e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        } catch (ProgrammeInfeasibleException e) {
            Statistics.label("outcome").collect("infeasible");
            assertThat(e.getMessage())
                    .as("seed %d: an infeasible programme says what to change", seed)
                    .containsAnyOf("--horizon-months", "--crews", "--budget-usd-per-year", "--work-limit");
            return;
        }
        Statistics.label("outcome").collect("plan");
        boolean promoted = p.packages().stream().anyMatch(w -> w.required() && !generatedRequired(seed, w));
        Statistics.label("required predecessor promoted").collect(promoted);
        assertThat(PlanChecker.check(p, plan))
                .as("seed %d: the plan breaks no constraint of its programme", seed)
                .isEmpty();
        Map<String, Plan.PackageOutcome> out = new HashMap<>();
        plan.packages().forEach(o -> out.put(o.id(), o));
        for (WorkPackage w : p.packages()) {
            if (out.get(w.id()).selected()) {
                for (String pred : w.predecessors()) {
                    assertThat(out.get(pred).selected())
                            .as("seed %d: %s is in the plan, so its predecessor %s is", seed, w.id(), pred)
                            .isTrue();
                }
            }
        }
    }

    @Property(tries = 300, seed = "16", shrinking = ShrinkingMode.OFF)
    void aRequiredPackagesPredecessorsAreRequiredAndTheAssumptionsSaySo(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Programme p = programme(seed);
        Map<String, WorkPackage> byId = p.byId();
        Set<String> promoted = new LinkedHashSet<>();
        for (WorkPackage w : p.packages()) {
            if (w.required()) {
                for (String pred : w.predecessors()) {
                    assertThat(byId.get(pred).required())
                            .as("seed %d: %s is required, so its predecessor %s is", seed, w.id(), pred)
                            .isTrue();
                }
                if (!generatedRequired(seed, w)) {
                    promoted.add(w.id());
                }
            }
        }
        String assumptions = String.join("\n", p.assumptions());
        if (!promoted.isEmpty()) {
            assertThat(assumptions)
                    .as("seed %d: the assumptions say how many packages a required one made required", seed)
                    .contains(promoted.size()
                            + (promoted.size() == 1 ? " package is required" : " packages are required"));
        }
        if (promoted.size() <= 8) {
            for (String id : promoted) {
                assertThat(assumptions)
                        .as("seed %d: the assumptions say why %s is required", seed, id)
                        .contains(id + " (before ");
            }
        }
    }

    /** Whether the generator itself made the package required (rather than the programme, for a successor). */
    private static boolean generatedRequired(long seed, WorkPackage w) {
        return draft(seed).stream()
                .filter(d -> d.id().equals(w.id()))
                .findFirst()
                .orElseThrow()
                .required();
    }

    /** The programme of one seed. */
    static Programme programme(long seed) {
        Random rnd = new Random(seed);
        List<WorkPackage> ps = draft(seed);
        int horizon = 12 * (1 + rnd.nextInt(4));
        int years = (horizon + 11) / 12;
        List<Double> budgets = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            budgets.add(1e6 * (10 + rnd.nextInt(60)));
        }
        List<ProgrammeSettings.PartnerSettings> partners = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            Set<String> classes = new LinkedHashSet<>();
            for (WorkPackage w : ps) {
                if (rnd.nextBoolean()) {
                    classes.add(w.assetClass());
                }
            }
            partners.add(new ProgrammeSettings.PartnerSettings(
                    "partner", classes, 1 + rnd.nextInt(3), 1e6 * (5 + rnd.nextInt(30))));
        }
        return new Programme(ps, horizon, 2026, Map.of("x", 3, "y", 2), budgets, partners, List.of());
    }

    /** The packages of one seed as generated: required or optional, each predecessor an earlier package. */
    static List<WorkPackage> draft(long seed) {
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + 1);
        int n = 3 + rnd.nextInt(8);
        List<WorkPackage> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> preds = new ArrayList<>();
            for (WorkPackage earlier : ps) {
                if (rnd.nextDouble() < 0.3) {
                    preds.add(earlier.id());
                }
            }
            String type = rnd.nextInt(3) == 0 ? "y" : "x";
            int crews = 1 + rnd.nextInt(type.equals("x") ? 3 : 2);
            int months = 1 + rnd.nextInt(8);
            double cost = 1e6 * (1 + rnd.nextInt(25));
            double population = rnd.nextInt(5) == 0 ? 0 : 1000 * (1 + rnd.nextInt(100));
            boolean required = rnd.nextInt(4) == 0;
            String region = "R" + rnd.nextInt(3);
            int phases = rnd.nextInt(5) == 0 ? 2 : 1;
            for (int k = 1; k <= phases; k++) {
                String id = "P" + i + (phases > 1 ? "#" + k : "");
                ps.add(new WorkPackage(
                        id,
                        region,
                        "c" + i,
                        "housing",
                        k,
                        phases,
                        1,
                        cost / phases,
                        months,
                        type,
                        crews,
                        population / phases,
                        1 + rnd.nextInt(3),
                        preds,
                        required));
            }
        }
        return ps;
    }
}
