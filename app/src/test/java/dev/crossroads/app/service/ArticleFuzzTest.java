package dev.crossroads.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing article input (JSON lines, a JSON array, plain text, HTML; files and request bodies): every record ends as
 * an article within the limits or as a skipped record with a one-line reason; nothing escapes as an exception.
 */
class ArticleFuzzTest {
    static final String LINES =
            "{\"url\":\"https://example.org/1\",\"published\":\"2025-07-12\",\"source\":\"test\",\"title\":"
                    + "\"Gas deal\",\"text\":\"Azerbaijan signed a gas agreement with Syria on Saturday. Turkey praised the deal.\"}\n"
                    + "{\"published\":\"2025-07-15\",\"title\":\"Strikes\",\"text\":\"Israeli jets struck targets near Damascus.\"}\n"
                    + "{\"published\":\"2025-08-29T10:00:00Z\",\"title\":\"Ports\",\"text\":\"Turkey closed its ports to Israeli ships.\"}\n";
    static final String HTML =
            "<html><head><title>Baku &amp; Damascus</title><meta property=\"article:published_time\" "
                    + "content=\"2025-02-17T08:00:00Z\"></head><body><p>Azerbaijan reopened its embassy in Damascus.</p>"
                    + "<script>var x = 1;</script></body></html>";

    record Outcome(List<ArticleInputs.Input> good, List<ArticleInputs.Bad> bad) {
        void check() {
            for (ArticleInputs.Input in : good) {
                assertThat(in.text()).isNotBlank();
                assertThat(ArticleInputs.outOfRange(in.published())).isEmpty();
                assertThat(in.text()).doesNotContain("\u0000");
            }
            for (ArticleInputs.Bad b : bad) {
                assertThat(Mutations.oneLine(b.reason())).as(b.toString()).isTrue();
            }
        }
    }

    static Outcome collect(java.util.function.Consumer<ArticleInputs> run) {
        List<ArticleInputs.Input> good = new ArrayList<>();
        List<ArticleInputs.Bad> bad = new ArrayList<>();
        run.accept(new ArticleInputs(Optional.of(LocalDate.of(2025, 3, 1)), good::add, bad::add));
        return new Outcome(good, bad);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Mutations.of(LINES), Mutations.of("[" + LINES.strip().replace("\n", ",\n") + "]"));
    }

    @Property(seed = "14")
    void requestBodies(@ForAll("bodies") String body) {
        collect(in -> in.body("body", body)).check();
    }

    @Provide
    Arbitrary<Object[]> files() {
        return Arbitraries.oneOf(
                Mutations.bytesOf(LINES).map(b -> new Object[] {"a.jsonl", b}),
                Mutations.bytesOf(HTML).map(b -> new Object[] {"a.html", b}),
                Mutations.bytesOf("Turkey condemned Israel over the strikes on Syria.")
                        .map(b -> new Object[] {"a.txt", b}));
    }

    @Property(seed = "14")
    void filesAndStandardInput(@ForAll("files") Object[] file) throws IOException {
        Path dir = Files.createTempDirectory("articles");
        Path f = dir.resolve((String) file[0]);
        try {
            Files.write(f, (byte[]) file[1]);
            collect(in -> {
                        try {
                            in.read(f.toString(), InputStreamOf.empty());
                            in.read("-", new ByteArrayInputStream((byte[]) file[1]));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .check();
        } finally {
            Files.deleteIfExists(f);
            Files.delete(dir);
        }
    }

    /** An empty standard input. */
    static final class InputStreamOf {
        static java.io.InputStream empty() {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
