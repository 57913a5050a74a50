package dev.crossroads.rebuild.vrp.hgs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import dev.crossroads.rebuild.InstanceFiles;
import dev.crossroads.rebuild.vrp.VrpProblem;
import dev.crossroads.rebuild.vrp.VrpSolution;
import dev.crossroads.rebuild.vrp.VrpValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quality of HGS on classic CVRPLIB instances from ../shared/data (skipped with a message where absent). The
 * search stops on an iteration budget (3,000 offspring, or 1,500 without improvement), not on wall time; the
 * solution must pass the validator and lie within 0.5% of the best-known cost (all four are proven optima).
 */
class HgsReferenceIT {
    static Path data() {
        return Requirements.reference("../../shared/data", "cvrp");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"A/A-n32-k5, 784", "A/A-n80-k10, 1763", "B/B-n78-k10, 1221", "P/P-n101-k4, 681"})
    void solutionMustBeWithinHalfAPercentOfBestKnown(String file, double bestKnown) {
        Path path = data().resolve("cvrp/" + file + ".vrp");
        Requirements.assume(Files.isRegularFile(path), "the CVRPLIB instance " + path, Requirements.REFERENCE_HOW);
        VrpProblem p = InstanceFiles.cvrplib(path);
        VrpSolution s = new HgsVrpSolver(HgsParams.defaults().withSeed(1).withBudget(3_000, 1_500))
                .solve(p, Duration.ofMinutes(10));
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(s.solver()).isEqualTo("hgs");
        assertThat(s.distance()).isLessThanOrEqualTo(bestKnown * 1.005);
    }
}
