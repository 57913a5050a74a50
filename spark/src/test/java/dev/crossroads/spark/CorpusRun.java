package dev.crossroads.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code spark extract} of the repository's corpus with the default pack, run once for every test that needs it. */
final class CorpusRun {
    static final Path CORPUS = LocalSpark.root().resolve("corpus/caucasus-levant/articles.jsonl");
    static final Path PACK = LocalSpark.root().resolve("packs/caucasus-levant");
    private static Path output;
    private static ExtractJob.Result result;

    private CorpusRun() {}

    static synchronized Path output() {
        if (output == null) {
            try {
                Path dir = Files.createTempDirectory("crossroads-corpus-run-");
                dir.toFile().deleteOnExit();
                output = dir.resolve("out");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = ExtractJob.run(
                    LocalSpark.session(),
                    new ExtractJob.Options(
                            List.of(CORPUS.toString()),
                            output.toString(),
                            PackFiles.read(PACK),
                            Optional.empty(),
                            Optional.empty(),
                            false));
        }
        return output;
    }

    /** The extractor of the default pack: the one the job's partitions use in this JVM (built once, it is slow). */
    static dev.crossroads.relations.extract.Extractor extractor() {
        return PackFiles.read(PACK).extractor();
    }

    static synchronized ExtractJob.Result result() {
        output();
        return result;
    }
}
