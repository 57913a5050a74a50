package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing scenario files: any bytes end in a scenario or a one-line {@link UserException} naming the file. */
class ScenarioFuzzTest {
    static final String SCENARIO =
            "{\"name\":\"Kilis–Aleppo cut\",\"year\":2025,\"cut\":[\"kilis-aleppo\"],\"transit\":[\"TUR\"],\n"
                    + " \"dyads\":[[\"SYR\",\"ISR\"],[\"AZE\",\"ARM\"]],\"at\":\"2025-08-01\"}\n";

    @Provide
    Arbitrary<byte[]> scenarios() {
        return Mutations.bytesOf(SCENARIO);
    }

    @Property(seed = "14")
    void scenarioFiles(@ForAll("scenarios") byte[] bytes) throws IOException {
        Path f = Files.createTempFile("scenario", ".json");
        try {
            Files.write(f, bytes);
            try {
                assertThat(BriefCommand.read(f).name()).isNotNull();
            } catch (UserException e) {
                assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
                assertThat(e.getMessage()).contains(f.toString());
            }
        } finally {
            Files.delete(f);
        }
    }
}
