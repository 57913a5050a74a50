package dev.crossroads.rebuild.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A native abort inside CP-SAT kills the whole JVM, so the solves run in a child JVM and an abort fails this test
 * (exit code 134) instead of the test run. With OR-Tools 9.14, two workers and a work limit (interleaved search)
 * aborted on the sixth capped instance ("Check failed: heuristics.fixed_search != nullptr").
 */
class CpSchedulerChildJvmTest {

    @Test
    void twoWorkersWithAWorkLimitNeverAbortTheProcessOnInfeasibleHintedModels() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        java, "-cp", System.getProperty("java.class.path"), CpSchedulerChild.class.getName(), "6", "2"))
                .redirectErrorStream(true);
        Process child = pb.start();
        String out;
        try {
            out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            child.destroyForcibly();
            throw e;
        }
        // the child stops on its own work limits; this wait only keeps a hung child from hanging the build
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        assertThat(ended).as("child JVM ended; output:%n%s", out).isTrue();
        assertThat(child.exitValue())
                .as("child JVM exit code; output:%n%s", out)
                .isZero();
        assertThat(out).as("child output").contains("INFEASIBLE").endsWith("done" + System.lineSeparator());
    }
}
