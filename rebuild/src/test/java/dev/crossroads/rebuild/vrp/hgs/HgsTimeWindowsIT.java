package dev.crossroads.rebuild.vrp.hgs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import dev.crossroads.rebuild.InstanceFiles;
import dev.crossroads.rebuild.vrp.VrpProblem;
import dev.crossroads.rebuild.vrp.VrpSolution;
import dev.crossroads.rebuild.vrp.VrpSolver;
import dev.crossroads.rebuild.vrp.VrpValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HGS with time windows on Solomon instances from ../shared/data/vrptw (skipped with a message where absent),
 * the stated fleet of 25, distance objective. The search stops on an iteration budget (2,000 offspring, or
 * 1,000 without improvement), not on wall time; it must solve the instance itself (no fallback), pass the
 * validator and lie within the stated share of the best-known distance.
 */
class HgsTimeWindowsIT {
    static Path data() {
        return Requirements.reference("../../shared/data", "vrptw");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"C101, 828.94, 0.001", "R101, 1642.88, 0.01", "RC201, 1265.56, 0.02"})
    void solutionMustBeCloseToBestKnownDistance(String name, double bestKnown, double share) {
        Path path = data().resolve("vrptw/solomon/" + name + ".txt");
        Requirements.assume(Files.isRegularFile(path), "the Solomon instance " + path, Requirements.REFERENCE_HOW);
        VrpProblem p = InstanceFiles.solomon(path);
        VrpSolution s = new HgsVrpSolver(
                        HgsParams.defaults().withSeed(1).withBudget(2_000, 1_000), HgsTimeWindowsIT::noFallback)
                .solve(p, Duration.ofMinutes(10));
        assertThat(VrpValidator.violations(p, s)).isEmpty();
        assertThat(s.solver()).isEqualTo("hgs");
        assertThat(s.routes().size()).isLessThanOrEqualTo(25);
        assertThat(s.distance()).isLessThanOrEqualTo(bestKnown * (1 + share));
    }

    private static VrpSolver noFallback() {
        throw new AssertionError("HGS should solve a Solomon instance itself");
    }
}
