package dev.crossroads.rebuild.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossroads.rebuild.InstanceFiles;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quality on PSPLIB J30 (read from ../shared/data): these instances must be solved to the known optimum. */
class PsplibJ30IT {
    @ParameterizedTest
    @ValueSource(strings = {"j301_1.sm:43", "j305_3.sm:-1", "j3010_1.sm:-1", "j3020_5.sm:-1", "j3037_7.sm:-1"})
    void solvesJ30InstancesToTheBestKnownMakespan(String spec) throws Exception {
        String ref = System.getProperty("crossroads.reference", "../shared/data");
        Path dir = Path.of(ref, "psplib");
        assumeTrue(Files.isDirectory(dir.resolve("j30")), "PSPLIB data not found under " + dir + "; skipping");
        String name = spec.split(":")[0];
        int best = -1;
        for (String l : Files.readAllLines(dir.resolve("bounds.csv"))) {
            if (l.startsWith(name + ",")) {
                best = Integer.parseInt(l.split(",")[2]);
            }
        }
        assumeTrue(best > 0, "no best-known value for " + name);
        RcpspInstance inst = InstanceFiles.psplib(dir.resolve("j30").resolve(name));
        RcpspResult r = RebuildEngine.rcpsp(inst, new SolveParameters(60, 2, 0), SolveListener.none());
        assertThat(inst.check(r.start())).isEmpty();
        assertThat(r.makespan()).as(name).isEqualTo(best);
        assertThat(List.of(r.lowerBound())).isNotEmpty();
    }
}
