package dev.crossroads.app.cli;

import dev.crossroads.app.service.ArticleIngest;
import dev.crossroads.app.service.ArticleInputs;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads ingest FILE|DIR|-}: reads articles, extracts their events and stores both, one
 * transaction per batch. Idempotent: an article already stored (same content hash) is skipped with its
 * events, so a re-run after an interruption adds only what is missing. Exit 1 when any record was skipped.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Read articles (JSON lines, HTML, plain text), extract their events and store them.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "FILE|DIR|-",
            description = "A file, a folder (every .jsonl, .json, .txt, .html in it) or - for standard input.")
    String target;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Date of plain-text articles (and of records without one).")
    String published;

    @Option(
            names = "--batch",
            defaultValue = "20",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    DbOption db;

    @Option(
            names = "--pack",
            paramLabel = "DIR",
            description = "Region pack whose countries and leaders the extractor knows "
                    + "(default: the default pack when present).")
    java.nio.file.Path pack;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new UserException("--batch must be at least 1");
        }
        Optional<LocalDate> date = Optional.ofNullable(published).map(p -> RelationsData.date("--published", p));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = extractor();
        List<ArticleInputs.Bad> bad = new ArrayList<>();
        int[] seen = new int[1];
        try (Store store = db.open()) {
            ArticleIngest ingest = new ArticleIngest(store, extractor, batchSize);
            ArticleInputs inputs = new ArticleInputs(
                    date,
                    in -> {
                        seen[0]++;
                        String first = ingest.pending() == 0 ? in.title() : ingest.pendingTitle();
                        guarded(() -> ingest.add(in), ingest.pending() + 1, first);
                    },
                    b -> {
                        bad.add(b);
                        err.println("skipped " + b);
                        err.flush();
                    });
            try {
                inputs.read(target, System.in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            guarded(ingest::flush, ingest.pending(), ingest.pendingTitle());
            out.printf(
                    Locale.ROOT,
                    "%d articles read: %d added, %d already stored; %d events stored; %d bad records skipped (into %s)%n",
                    seen[0],
                    ingest.added(),
                    ingest.duplicates(),
                    ingest.events(),
                    bad.size(),
                    store.url());
        }
        out.flush();
        return bad.isEmpty() ? 0 : 1;
    }

    private Extractor extractor() {
        java.nio.file.Path dir = pack != null ? pack : PackOption.defaultPack();
        if (pack == null && !Files.isRegularFile(dir.resolve("pack.yaml"))) {
            return Extractor.standard();
        }
        RegionPack p = PackOption.load(dir);
        return RelationsEngine.extractor(p);
    }

    private static void guarded(Runnable store, int size, String firstTitle) {
        try {
            store.run();
        } catch (dev.crossroads.store.StoreException e) {
            throw new UserException("the batch of " + size + " articles starting at " + firstTitle
                    + " was not stored (nothing of it was written): " + e.getMessage());
        }
    }
}
