package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One extractor shared by 20 threads reads every article exactly as one thread does (issue 14: a shared
 * OpenNLP tokenizer and tagger gave wrong events, {@code Span.getStart()} NPEs and index errors).
 */
class ConcurrentExtractionTest {
    static final List<String> SENTENCES = List.of(
            "Azerbaijan signed an agreement with Syria on gas supplies.",
            "Israeli jets struck targets near Damascus.",
            "Turkey's foreign minister met his Syrian counterpart in Ankara.",
            "Iran never attacked Azerbaijan.",
            "Qatar plans to finance projects in Syria.",
            "President Aliyev hosted talks between Israel and Turkey in Baku.",
            "Russia would recognize Syria's new government.",
            "Jordan criticized Israel over the strikes in southern Syria.",
            "Armenia and Azerbaijan agreed to meet again next month.",
            "Syrian officials praised Azerbaijan for its help with reconstruction.");

    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (int a = 0; a < 50; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 3 + a % 5; s++) {
                text.append(SENTENCES.get((a * 7 + s * 3) % SENTENCES.size())).append(' ');
            }
            out.add(new Article("a" + a, text.toString().strip(), LocalDate.of(2025, 1 + a % 12, 1 + a % 28)));
        }
        return out;
    }

    @Test
    void twentyThreadsOnOneExtractorReadWhatOneThreadReads() throws Exception {
        List<Article> articles = articles();
        Extractor sequential = Extractor.standard();
        List<Extraction> expected = articles.stream().map(sequential::extract).toList();
        assertThat(expected.stream().mapToInt(x -> x.events().size()).sum()).isGreaterThan(50);

        Extractor shared = Extractor.standard();
        int threads = 20;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Extraction>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Extraction> out = new ArrayList<>();
                    for (int i = 0; i < articles.size(); i++) {
                        out.add(shared.extract(articles.get((i + offset) % articles.size())));
                    }
                    return out;
                }));
            }
            for (int t = 0; t < threads; t++) {
                List<Extraction> got = results.get(t).get();
                for (int i = 0; i < articles.size(); i++) {
                    int a = (i + t) % articles.size();
                    assertThat(got.get(i)).as("thread %d, article %d", t, a).isEqualTo(expected.get(a));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
