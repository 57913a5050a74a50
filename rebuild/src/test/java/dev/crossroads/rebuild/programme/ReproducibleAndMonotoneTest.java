package dev.crossroads.rebuild.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A planner can trust the programme: the same programme, work limit and seed give the same plan; a run with more
 * options started from a plan never reports less service than it; and the LP bound is a bound.
 */
class ReproducibleAndMonotoneTest {
    /** A seeded random programme big enough that the search stops on its work limit, not on a proof. */
    static Programme random(
            long seed, double budgetPerYear, int crews, List<ProgrammeSettings.PartnerSettings> partners) {
        Random rnd = new Random(seed);
        List<WorkPackage> ps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> preds = new ArrayList<>();
            if (i >= 5 && rnd.nextDouble() < 0.3) {
                preds.add("P" + rnd.nextInt(5));
            }
            String type = rnd.nextBoolean() ? "x" : "y";
            ps.add(new WorkPackage(
                    "P" + i,
                    "R" + rnd.nextInt(3),
                    i % 2 == 0 ? "even" : "odd",
                    "housing",
                    1,
                    1,
                    1,
                    1e6 * (5 + rnd.nextInt(40)),
                    3 + rnd.nextInt(12),
                    type,
                    1 + rnd.nextInt(3),
                    1000 * (1 + rnd.nextInt(100)),
                    1 + rnd.nextInt(5),
                    preds,
                    false));
        }
        return new Programme(
                ps,
                48,
                2026,
                Map.of("x", crews, "y", crews),
                new ArrayList<>(Collections.nCopies(4, budgetPerYear)),
                partners,
                List.of());
    }

    private static Plan solve(Programme p, int seed, double work, Optional<Plan> warm) {
        Plan plan = RebuildEngine.plan(p, new SolveParameters(600, 2, seed, work), (t, o, b) -> {}, warm);
        assertThat(PlanChecker.check(p, plan)).as("independent check").isEmpty();
        return plan;
    }

    private static List<String> schedule(Plan plan) {
        return plan.packages().stream()
                .map(o -> o.id() + "@" + o.executor() + ":" + o.startMonth())
                .toList();
    }

    @Test
    void twoRunsWithTheSameSeedAndWorkLimitGiveTheSamePlan() {
        Programme p = random(11, 60e6, 4, List.of());
        Plan a = solve(p, 7, 0.3, Optional.empty());
        Plan b = solve(p, 7, 0.3, Optional.empty());
        assertThat(a.solve().stoppedBy()).isIn("work-limit", "proved");
        assertThat(a.solve().reproducible()).isTrue();
        assertThat(a.solve().seed()).isEqualTo(7);
        assertThat(schedule(b)).isEqualTo(schedule(a));
        assertThat(b.serviceRestored()).isEqualTo(a.serviceRestored());
        assertThat(b.years()).isEqualTo(a.years());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aRunWithMoreOptionsStartedFromAPlanNeverReportsLess(int seed) {
        Programme base = random(seed, 40e6, 3, List.of());
        Plan a = solve(base, 7, 0.2, Optional.empty());
        List<ProgrammeSettings.PartnerSettings> partner =
                List.of(new ProgrammeSettings.PartnerSettings("ally", java.util.Set.of("even"), 2, 10e6));
        Programme more = random(seed, 40e6, 3, partner);
        // a tiny work limit: the search alone may well do worse than the base plan
        Plan b = solve(more, 7, 0.01, Optional.of(a));
        assertThat(b.serviceRestored()).as("seed %d", seed).isGreaterThanOrEqualTo(a.serviceRestored() * (1 - 1e-12));
        assertThat(b.solve().warmStart()).isNotEmpty();
        Programme richer = random(seed, 60e6, 4, List.of());
        Plan c = solve(richer, 7, 0.01, Optional.of(a));
        assertThat(c.serviceRestored())
                .as("seed %d, more budget and crews", seed)
                .isGreaterThanOrEqualTo(a.serviceRestored() * (1 - 1e-12));
    }

    @Test
    void aPlanThatDoesNotFitIsNotUsedAndTheRunSaysWhy() {
        Programme rich = random(5, 60e6, 4, List.of());
        Plan a = solve(rich, 7, 0.05, Optional.empty());
        Programme poor = random(5, 10e6, 4, List.of());
        Plan b = solve(poor, 7, 0.01, Optional.of(a));
        assertThat(b.solve().warmStart())
                .startsWith("the given plan was not used")
                .contains("budget");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theLpBoundIsAtLeastTheServiceOfEveryPlanAndTighterThanTheCeiling(int seed) {
        Programme p = random(seed, 40e6, 3, List.of());
        Plan plan = solve(p, 7, 0.1, Optional.empty());
        ProgrammeBound.Result lp = ProgrammeBound.solve(p);
        assertThat(lp.optimal()).isTrue();
        assertThat(lp.bound()).as("seed %d", seed).isGreaterThanOrEqualTo(plan.serviceRestored() * (1 - 1e-9));
        double ceiling = p.packages().stream()
                .mapToDouble(w -> p.unscaledServiceIfEndsAt(w, 0))
                .sum();
        assertThat(lp.bound()).isLessThan(ceiling);
        assertThat(plan.serviceBound())
                .isLessThanOrEqualTo(lp.bound() * (1 + 1e-9))
                .isGreaterThanOrEqualTo(plan.serviceRestored());
        assertThat(plan.solve().gapPercent()).isLessThanOrEqualTo(plan.solve().cpSatGapPercent() + 1e-9);
    }
}
