package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run as a process, the way bin/crossroads runs it. */
class PackCliIT {
    static final Path JAR = Path.of("target", "crossroads.jar");
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");

    record Result(int code, String out, String err) {}

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void defaultPackValidatesWithAllFilesSourced() throws Exception {
        Result r = run("pack", "validate", DEFAULT_PACK.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("caucasus-levant").contains("valid").contains("with a source");
    }

    @Test
    void defaultPackGasAsJson() throws Exception {
        Result r = run("pack", "show", "--pack", DEFAULT_PACK.toString(), "--section", "gas", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        var gas = Json.MAPPER.readTree(r.out());
        assertThat(gas.get("pipelines").size()).isGreaterThanOrEqualTo(8);
        assertThat(gas.get("swaps").size()).isGreaterThanOrEqualTo(2);
        assertThat(gas.get("markets").size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void malformedPackExitsNonZeroWithLocations(@TempDir Path tmp) throws Exception {
        Path dir = TestPacks.materialise("many-problems-at-once", tmp.resolve("bad"));
        Result r = run("pack", "validate", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains("gas/pipelines.csv:2:8")
                .contains("gas/pipelines.csv:4:12")
                .contains("rebuild/regions.csv:3:3")
                .doesNotContain("Exception");
    }

    @Test
    void jarExists() {
        assertThat(Files.isRegularFile(JAR))
                .as("run after package: %s", JAR.toAbsolutePath())
                .isTrue();
    }
}
