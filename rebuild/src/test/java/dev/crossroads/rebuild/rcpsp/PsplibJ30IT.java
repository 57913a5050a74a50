package dev.crossroads.rebuild.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import dev.crossroads.rebuild.InstanceFiles;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality on PSPLIB J30 (read from ../shared/data): these instances must be solved to their proven optimum, and the
 * solver must prove it (its lower bound meets the makespan). The 60 s limit is a safety cap: each solves in well
 * under a second, and a search stopped by the clock fails the proof.
 */
class PsplibJ30IT {
    @ParameterizedTest
    @ValueSource(strings = {"j301_1.sm", "j305_3.sm", "j3010_1.sm", "j3020_5.sm", "j3037_7.sm"})
    void solvesJ30InstancesToTheProvenOptimumAndProvesIt(String name) throws Exception {
        Path dir = Requirements.reference("../shared/data", "psplib/j30").resolve("psplib");
        String[] bound = null; // instance,lower_bound,best_known_makespan,proven_optimal
        for (String l : Files.readAllLines(dir.resolve("bounds.csv"))) {
            if (l.startsWith(name + ",")) {
                bound = l.split(",");
            }
        }
        assertThat(bound).as("bounds.csv has a row for " + name).isNotNull();
        int lowerBound = Integer.parseInt(bound[1]);
        int best = Integer.parseInt(bound[2]);
        assertThat(bound[3]).as("the chosen instances have a proven optimum").isEqualTo("yes");
        assertThat(lowerBound)
                .as("proven optimal: published lower bound = best known")
                .isEqualTo(best);

        RcpspInstance inst = InstanceFiles.psplib(dir.resolve("j30").resolve(name));
        RcpspResult r = RebuildEngine.rcpsp(inst, new SolveParameters(600, 1, 0, 60), SolveListener.none());
        assertThat(inst.check(r.start())).as("precedence and resources hold").isEmpty();
        assertThat(r.makespan()).as(name).isEqualTo(best);
        assertThat(r.optimal())
                .as("the solver proved optimality within the work limit")
                .isTrue();
        assertThat(r.lowerBound()).as("its lower bound meets the makespan").isEqualTo(r.makespan());
    }
}
