package dev.crossroads.bench.vrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestKnownTest {
    @TempDir
    Path dir;

    @Test
    void readsCostsAndPrefersTheDistanceEntry() throws Exception {
        Path f = dir.resolve("bks.json");
        Files.writeString(
                f,
                "\uFEFF{\"C101\": {\"best_known_cost\": 828.94}, \"C101_distance\": {\"best_known_cost\": 827.3},"
                        + " \"X\": {\"note\": 1}}",
                StandardCharsets.UTF_8);
        BestKnown b = BestKnown.read(f);
        assertThat(b.of("C101")).contains(827.3);
        assertThat(b.of("X")).isEmpty();
    }

    /** Issue 14: a malformed bks.json printed a nine-line YAML message with exit 3. */
    @Test
    void malformedJsonIsOneLineWithFileLineAndColumn() throws Exception {
        Path f = dir.resolve("bks.json");
        Files.writeString(f, "{\"C101\": {\"best_known_cost\": 828.94},\n  \"C102\": [1, 2\n}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BestKnown.read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(f + ":3:")
                .hasMessageContaining("not valid JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Files.writeString(f, "[1, 2]", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BestKnown.read(f)).hasMessageContaining("expected a JSON object of instances");
        Files.write(f, new byte[] {'{', (byte) 0xC3, '}'});
        assertThatThrownBy(() -> BestKnown.read(f))
                .hasMessage(f + ":1:2: is not UTF-8 (byte 0xC3); save the file as UTF-8");
    }
}
