package dev.crossroads.bench.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.relations.extract.ActorMention;
import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.ExtractedEvent;
import dev.crossroads.relations.extract.Extraction;
import dev.crossroads.relations.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every event the extractor reads from the repository's corpus ({@code corpus/caucasus-levant}) and from a
 * generated corpus (seed 20251129, the throughput benchmark's), field by field, against snapshots taken before
 * the extractor's hot paths were optimised (issue 15): a speed-up may not change a single event.
 *
 * <p>When a change is meant to change events (a lexicon or gazetteer edit), regenerate the snapshots with
 * {@code mvn -B -o -q -pl bench -am test -Dtest=ExtractionSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrossroads.snapshot.update=true} and review their diff: the test then writes the files into
 * {@code src/test/resources} and reports itself skipped.
 */
class ExtractionSnapshotTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CORPUS = ROOT.resolve("corpus/caucasus-levant/articles.jsonl");
    static final Path PACK = ROOT.resolve("packs/caucasus-levant");
    static final String DIR = "dev/crossroads/bench/events/";
    static final long SEED = EventsBenchmark.DEFAULT_SEED;
    static final int GENERATED = 300;

    static Extractor standard;
    static Extractor withPack;

    @BeforeAll
    static void extractors() {
        standard = Extractor.standard();
        withPack = Extractor.forPack(PackLoader.load(PACK));
    }

    @Test
    void corpusEventsWithTheDefaultPackAreUnchanged() throws IOException {
        check("snapshot-corpus-pack.txt", render(withPack, corpus()));
    }

    @Test
    void corpusEventsWithTheStandardGazetteerAreUnchanged() throws IOException {
        check("snapshot-corpus-standard.txt", render(standard, corpus()));
    }

    @Test
    void generatedCorpusEventsAreUnchanged() throws IOException {
        check("snapshot-generated-standard.txt", render(standard, CorpusGenerator.generate(GENERATED, SEED)));
    }

    @Test
    void generatedCorpusEventsWithTheDefaultPackAreUnchanged() throws IOException {
        check("snapshot-generated-pack.txt", render(withPack, CorpusGenerator.generate(GENERATED, SEED)));
    }

    private static void check(String name, String actual) throws IOException {
        if (Boolean.getBoolean("crossroads.snapshot.update")) {
            Path file = Path.of("src/test/resources").resolve(DIR + name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            Assumptions.abort("wrote " + file.toAbsolutePath() + " (crossroads.snapshot.update=true)");
        }
        String expected;
        try (InputStream in = ExtractionSnapshotTest.class.getResourceAsStream("/" + DIR + name)) {
            assertThat(in)
                    .as("snapshot " + name + " (make it with -Dcrossroads.snapshot.update=true)")
                    .isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertThat(got.get(i)).as(name + " line " + (i + 1)).isEqualTo(want.get(i));
        }
        assertThat(got.size()).as(name + ": number of lines").isEqualTo(want.size());
    }

    /** The repository's corpus, one article per JSON line, ids {@code corpus-LINE}. */
    static List<Article> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(lines.get(i));
            out.add(new Article(
                    "corpus-" + (i + 1),
                    n.path("title").asText() + ". " + n.path("text").asText(),
                    LocalDate.parse(n.path("published").asText())));
        }
        return out;
    }

    /** One line per article (id and sentence count), then one line per event with every field but the sentence. */
    static String render(Extractor extractor, List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            Extraction x = extractor.extract(a);
            sb.append("# ")
                    .append(x.articleId())
                    .append(" sentences=")
                    .append(x.sentences())
                    .append('\n');
            for (ExtractedEvent e : x.events()) {
                sb.append(String.join(
                                "\t",
                                List.of(
                                        Integer.toString(e.sentenceIndex()),
                                        Integer.toString(e.sentenceStart()),
                                        Integer.toString(e.sentence().length()),
                                        e.cameo().code(),
                                        e.modality().name(),
                                        e.trigger(),
                                        e.verbStart() + "-" + e.verbEnd(),
                                        "line " + e.lexiconLine(),
                                        "src " + mentions(e.sources()),
                                        "tgt " + mentions(e.targets()),
                                        "venue " + mention(e.venue()),
                                        "mediator " + mention(e.mediator()),
                                        e.main() ? "main" : "-")))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String mentions(List<ActorMention> ms) {
        return ms.stream().map(ExtractionSnapshotTest::mention).collect(Collectors.joining(" + ", "[", "]"));
    }

    private static String mention(Optional<ActorMention> m) {
        return m.map(ExtractionSnapshotTest::mention).orElse("-");
    }

    private static String mention(ActorMention m) {
        return m.code() + "/" + m.sector().orElse("") + "/" + m.actorId().orElse("") + " '" + m.text() + "'@"
                + m.start() + "-" + m.end();
    }
}
