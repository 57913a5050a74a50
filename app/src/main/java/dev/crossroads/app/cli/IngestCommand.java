package dev.crossroads.app.cli;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.ActorMention;
import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.ExtractedEvent;
import dev.crossroads.relations.extract.Extraction;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.ArticleRecord;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.IngestResult;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (JSON lines, HTML, plain text), extract their events and store them.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|DIR|-", description = "A file, a folder (every .jsonl, .json, .txt, .html in it) or - for standard input.")
    String target;
    @Option(names = "--published", paramLabel = "DATE", description = "Date of plain-text articles (and of records without one).")
    String published;
    @Option(names = "--batch", defaultValue = "20", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;
    @Mixin
    DbOption db;
    @Option(names = "--pack", paramLabel = "DIR", description = "Region pack whose countries and leaders the extractor knows "
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
        int[] totals = new int[4]; // added, duplicates, events, articles seen
        try (Store store = db.open()) {
            List<ArticleWithEvents> batch = new ArrayList<>();
            ArticleInputs inputs = new ArticleInputs(date, in -> {
                batch.add(toStore(extractor, in));
                totals[3]++;
                if (batch.size() >= batchSize) {
                    flush(store, batch, totals);
                }
            }, b -> {
                bad.add(b);
                err.println("skipped " + b);
                err.flush();
            });
            try {
                inputs.read(target, System.in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flush(store, batch, totals);
            out.printf(Locale.ROOT, "%d articles read: %d added, %d already stored; %d events stored; %d bad records skipped (into %s)%n",
                    totals[3], totals[0], totals[1], totals[2], bad.size(), store.url());
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

    private static void flush(Store store, List<ArticleWithEvents> batch, int[] totals) {
        if (batch.isEmpty()) {
            return;
        }
        IngestResult r;
        try {
            r = store.events().ingest(batch);
        } catch (dev.crossroads.store.StoreException e) {
            throw new UserException("the batch of " + batch.size() + " articles starting at " + batch.get(0).article().title()
                    + " was not stored (nothing of it was written): " + e.getMessage());
        }
        totals[0] += r.added();
        totals[1] += r.duplicates();
        totals[2] += r.events();
        batch.clear();
    }

    static ArticleWithEvents toStore(Extractor extractor, ArticleInputs.Input in) {
        ArticleRecord article = ArticleRecord.of(in.url(), in.source(), in.title(), Optional.of(in.published()), in.text(),
                Instant.now());
        Extraction x = extractor.extract(new Article(article.id(), in.text(), in.published()));
        List<EventRecord> events = new ArrayList<>();
        for (ExtractedEvent e : x.events()) {
            for (LedgerEvent l : RelationsEngine.ledgerEvents(e, in.published())) {
                List<ActorMention> named = new ArrayList<>(e.sources());
                named.addAll(e.targets());
                ActorMention s = named.stream().filter(m -> m.code().equals(l.actor1())).findFirst().orElseThrow();
                ActorMention t = named.stream().filter(m -> m.code().equals(l.actor2())).findFirst().orElseThrow();
                EventRecord.Evidence ev = new EventRecord.Evidence(e.sentence(), e.sentenceIndex(),
                        Optional.of(new EventRecord.Span(s.start(), s.end())), Optional.of(new EventRecord.Span(t.start(), t.end())),
                        Optional.of(new EventRecord.Span(e.verbStart(), e.verbEnd())));
                events.add(new EventRecord(l.id(), EventRecord.Origin.EXTRACTED, Optional.of(article.id()), Optional.empty(),
                        l.date(), l.actor1(), l.actor2(), l.mediator(), l.cameo(), l.plover(), OptionalInt.of(l.quadClass()),
                        OptionalDouble.of(l.goldstein()), EventRecord.Mode.valueOf(e.modality().name()), l.weight(), Optional.of(ev)));
            }
        }
        return new ArticleWithEvents(article, events);
    }
}
