package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.GdeltEvents;
import dev.crossroads.relations.imports.ParsedLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorsTest {
    @TempDir
    Path tmp;

    @Test
    void generatedGdeltRowsAreWellFormedEventsRowsAndTheSameSeedGivesTheSameFile() throws Exception {
        Path a = tmp.resolve("a.CSV");
        Path b = tmp.resolve("b.CSV");
        Generators.gdelt(a, 2_000, 42);
        Generators.gdelt(b, 2_000, 42);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1);
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(2_000);
        long states = 0;
        for (int i = 0; i < lines.size(); i++) {
            ParsedLine p = GdeltEvents.parse(lines.get(i), i + 1);
            assertThat(p).as("line %d: %s", i + 1, p).isInstanceOf(ParsedLine.Parsed.class);
            states += ((ParsedLine.Parsed) p)
                    .events().stream().filter(e -> e.stateDyad()).count();
        }
        assertThat(states).isBetween(800L, 1_400L); // about half the rows are between two different states
    }

    @Test
    void theGeneratedCorpusHasTheSentencesItCounts() throws Exception {
        Path corpus = tmp.resolve("c.jsonl");
        long sentences = Generators.corpus(corpus, 20, 7, 1);
        assertThat(sentences).isEqualTo(140);
        List<String> lines = Files.readAllLines(corpus);
        assertThat(lines).hasSize(20);
        for (String line : lines) {
            assertThat(ArticleInput.json("c", line, java.util.Optional.empty()).article())
                    .isPresent();
        }
    }
}
