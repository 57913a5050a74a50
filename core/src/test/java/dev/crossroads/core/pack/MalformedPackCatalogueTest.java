package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed pack in the catalogue is rejected with the problems its expect.txt lists, at their location. */
class MalformedPackCatalogueTest {
    @TempDir
    Path tmp;

    static List<String> cases() {
        return TestPacks.malformedNames();
    }

    @Test
    void catalogueHasAtLeastTwentyCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedPackIsRejectedWithEveryExpectedProblem(String name) throws Exception {
        Path dir = TestPacks.materialise(name, tmp.resolve(name));
        PackLoader.Validation v = PackLoader.validate(dir);
        assertThat(v.ok()).as("pack %s must not load", name).isFalse();
        assertThat(v.pack()).isEmpty();
        List<String> reported = v.errors().stream().map(Problem::toString).toList();
        for (String expected : TestPacks.expected(name)) {
            assertThat(reported)
                    .as("problems of %s", name)
                    .anySatisfy(r -> assertThat(r).contains(expected));
        }
        assertThat(reported)
                .allSatisfy(r -> assertThat(r).doesNotContain("Exception").matches("^[^:]+(:\\d+)*: .*"));
    }

    @Test
    void loadThrowsPackExceptionListingAllProblems() throws Exception {
        Path dir = TestPacks.materialise("many-problems-at-once", tmp.resolve("many"));
        try {
            PackLoader.load(dir);
            throw new AssertionError("expected a PackException");
        } catch (PackException e) {
            assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(e.getMessage())
                    .contains("gas/pipelines.csv:2:8")
                    .contains("gas/pipelines.csv:4:12")
                    .contains("rebuild/regions.csv:3:3");
        }
    }
}
