package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the pack loader: the minimal pack with one file (CSV or pack.yaml) mutated always ends in a pack or a list
 * of one-line problems with their file, never an exception.
 */
class PackFuzzTest {
    static Path dir;
    static List<String> files;

    @BeforeContainer
    static void copy() throws IOException {
        dir = Files.createTempDirectory("pack-fuzz");
        TestPacks.copyTree(TestPacks.minimal(), dir);
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @AfterContainer
    static void remove() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    record Case(String file, byte[] bytes) {}

    @Provide
    Arbitrary<Case> mutatedFile() {
        return Arbitraries.of(files).flatMap(f -> Mutations.bytesOf(read(f)).map(b -> new Case(f, b)));
    }

    static String read(String f) {
        try {
            return Files.readString(TestPacks.minimal().resolve(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(seed = "14")
    void anyPackEndsInAPackOrOneLineProblems(@ForAll("mutatedFile") Case c) throws IOException {
        Path target = dir.resolve(c.file());
        byte[] original = Files.readAllBytes(TestPacks.minimal().resolve(c.file()));
        Files.write(target, c.bytes());
        try {
            PackLoader.Validation v = PackLoader.validate(dir);
            assertThat(v.ok()).isEqualTo(v.pack().isPresent());
            if (!v.ok()) {
                assertThat(v.errors()).isNotEmpty();
            }
            for (Problem p : v.problems()) {
                assertThat(Mutations.oneLine(p.message())).as("problem %s", p).isTrue();
                assertThat(p.file()).isNotBlank();
            }
        } finally {
            Files.write(target, original);
        }
    }

    @Provide
    Arbitrary<String> csvText() {
        return Combinators.combine(
                        Arbitraries.of(files).filter(f -> f.endsWith(".csv")),
                        Arbitraries.integers().between(0, 1))
                .flatAs((f, ignored) -> Mutations.of(read(f)));
    }

    @Property(seed = "15")
    void theCsvReaderNeverThrows(@ForAll("csvText") String text) {
        Problems problems = new Problems();
        CsvTable t = CsvTable.parse("x.csv", text, List.of("id", "name", "source"), problems);
        assertThat(t).isNotNull();
        problems.sorted()
                .forEach(p -> assertThat(Mutations.oneLine(p.message()))
                        .as(p.toString())
                        .isTrue());
    }
}
