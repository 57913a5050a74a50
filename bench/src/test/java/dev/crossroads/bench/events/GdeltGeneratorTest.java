package dev.crossroads.bench.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.GdeltEvents;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ParsedLine;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltGeneratorTest {
    static List<String> rows(long seed, int n) throws IOException {
        StringWriter w = new StringWriter();
        new GdeltGenerator(seed).write(w, n);
        return w.toString().lines().toList();
    }

    @Test
    void everyGeneratedRowParsesAndMostAreStateDyads() throws IOException {
        List<String> rows = rows(7, 2_000);
        int dyads = 0;
        for (int i = 0; i < rows.size(); i++) {
            ParsedLine p = GdeltEvents.parse(rows.get(i), i + 1);
            assertThat(p).as("seed 7, %s", p).isInstanceOf(ParsedLine.Parsed.class);
            if (ImportFilter.ALL.accepts(((ParsedLine.Parsed) p).events().get(0))) {
                dyads++;
            }
        }
        assertThat(dyads)
                .as("seed 7: about nine rows in ten are between two states")
                .isBetween(1_700, 1_900);
    }

    @Test
    void theSameSeedGivesTheSameFile() throws IOException {
        assertThat(rows(11, 50)).isEqualTo(rows(11, 50)).isNotEqualTo(rows(12, 50));
    }
}
