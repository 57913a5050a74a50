package dev.crossroads.bench.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.extract.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    @Test
    void sameSeedSameCorpusAndEnoughSentences() {
        List<Article> a = CorpusGenerator.generate(50, 11L);
        List<Article> b = CorpusGenerator.generate(50, 11L);
        assertThat(a).isEqualTo(b);
        assertThat(CorpusGenerator.generate(50, 12L)).isNotEqualTo(a);
        long sentences = a.stream()
                .mapToLong(x -> x.text().chars().filter(c -> c == '.').count())
                .sum();
        assertThat(sentences).as("seed 11").isBetween(200L, 400L);
    }
}
