package dev.crossroads.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application layer's one-way rule (ARCHITECTURE.md): {@code cli} and {@code web} are two adapters on
 * {@code service} and never name each other; {@code service} names neither. Read from the sources, so a fully
 * qualified name in the code counts as much as an import.
 */
class AdapterLayeringTest {
    private static final Path MAIN = Path.of("src", "main", "java", "dev", "crossroads", "app");

    @Test
    void theWebAdapterNeverNamesTheCli() throws IOException {
        assertThat(offenders("web", "dev.crossroads.app.cli")).isEmpty();
    }

    @Test
    void theCliNeverNamesTheWebAdapter() throws IOException {
        assertThat(offenders("cli", "dev.crossroads.app.web")).isEmpty();
    }

    @Test
    void theServiceLayerNamesNeitherAdapter() throws IOException {
        assertThat(offenders("service", "dev.crossroads.app.cli")).isEmpty();
        assertThat(offenders("service", "dev.crossroads.app.web")).isEmpty();
    }

    @Test
    void theRuleCanFail() throws IOException {
        // every web class names its own package: the scan does read the sources it checks
        assertThat(offenders("web", "dev.crossroads.app.web")).isNotEmpty();
    }

    private static List<String> offenders(String pkg, String forbidden) throws IOException {
        Path dir = MAIN.resolve(pkg);
        assertThat(dir)
                .as("sources of app/" + pkg + " (tests run from the module folder)")
                .isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(forbidden + ".")) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
