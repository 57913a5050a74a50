package dev.crossroads.rebuild.vrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import dev.crossroads.rebuild.InstanceFiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality on two classic instances from ../shared/data (skipped where absent): every solver's solution passes
 * the validator and lies within 5% of the best known (A-n32-k5: 784, proven optimal; Solomon C101 distance:
 * 828.94). Each search stops on an iteration budget (500 jsprit iterations or OR-Tools solutions; the portfolio
 * gives each member that), so the result does not depend on the machine's load; five minutes of wall time are only
 * an outer limit. (Measured: jsprit reaches 784 and 828.94; OR-Tools 796 and 828.94.)
 */
class ReferenceInstancesIT {
    private static final VrpBudget BUDGET = VrpBudget.iterations(500, Duration.ofMinutes(5));

    static Path data() {
        return Requirements.reference("../../shared/data", "cvrp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"portfolio", "ortools", "jsprit"})
    void augeratA32k5_solutionMustBeWithin5PercentOfOptimal(String solver) {
        VrpProblem p = InstanceFiles.cvrplib(data().resolve("cvrp/A/A-n32-k5.vrp"));
        VrpSolution s = VrpSolvers.byName(solver).solve(p, BUDGET);
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(s.distance()).isLessThanOrEqualTo(784 * 1.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"portfolio", "ortools", "jsprit"})
    void solomonC101_solutionMustBeWithin5PercentOfBestKnownDistance(String solver) {
        VrpProblem p = InstanceFiles.solomon(data().resolve("vrptw/solomon/C101.txt"));
        VrpSolution s = VrpSolvers.byName(solver).solve(p, BUDGET);
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(s.distance()).isLessThanOrEqualTo(828.94 * 1.05);
    }
}
