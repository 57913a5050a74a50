package dev.crossroads.app.service;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.Extraction;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.store.ArticleRecord;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.IngestResult;
import dev.crossroads.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code crossroads ingest} and {@code POST /api/ingest} share: turning an article into stored records
 * with its extracted events, storing them one transaction per batch, and reading the stored extracted events
 * back as ledger events for the relations engine.
 */
public final class ArticleIngest {
    /** A record that was not stored: its line in the input and why. */
    public record Skipped(int line, String error) {}

    /** Totals of one ingestion. */
    public record Outcome(int added, int duplicates, int events, List<Skipped> skipped) {
        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    private final Store store;
    private final Extractor extractor;
    private final int batchSize;
    private final List<ArticleWithEvents> batch = new ArrayList<>();
    private int added;
    private int duplicates;
    private int events;

    /** Stores into {@code store}, {@code batchSize} articles per transaction. */
    public ArticleIngest(Store store, Extractor extractor, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1");
        }
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.batchSize = batchSize;
    }

    /** The extractor that knows the pack's countries and leaders. */
    public static Extractor extractor(RegionPack pack) {
        return RelationsEngine.extractor(pack);
    }

    /**
     * Ingests a request body (JSON lines, or one JSON array, of objects with url, published, source, title,
     * text): every usable record is extracted and stored, every other one comes back in {@link Outcome#skipped()}
     * with its line. Throws {@link dev.crossroads.store.StoreException} when a batch cannot be stored (that
     * batch is then not written at all).
     */
    public static Outcome body(Store store, Extractor extractor, String body, int batchSize) {
        ArticleIngest ingest = new ArticleIngest(store, extractor, batchSize);
        List<Skipped> skipped = new ArrayList<>();
        new ArticleInputs(Optional.empty(), ingest::add, b -> skipped.add(new Skipped(line(b.where()), b.reason())))
                .body("body", body);
        ingest.flush();
        return new Outcome(ingest.added, ingest.duplicates, ingest.events, skipped);
    }

    private static int line(String where) {
        return Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
    }

    public void add(ArticleInputs.Input in) {
        batch.add(toStore(extractor, in));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Stores what is pending as one transaction. */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        IngestResult r = store.events().ingest(batch);
        added += r.added();
        duplicates += r.duplicates();
        events += r.events();
        batch.clear();
    }

    /** The first article of the pending batch, for messages. */
    public String pendingTitle() {
        return batch.isEmpty() ? "" : batch.get(0).article().title();
    }

    public int pending() {
        return batch.size();
    }

    public int added() {
        return added;
    }

    public int duplicates() {
        return duplicates;
    }

    public int events() {
        return events;
    }

    static ArticleWithEvents toStore(Extractor extractor, ArticleInputs.Input in) {
        ArticleRecord article = ArticleRecord.of(
                in.url(), in.source(), in.title(), Optional.of(in.published()), in.text(), Instant.now());
        Extraction x = extractor.extract(new Article(article.id(), in.text(), in.published()));
        EventMapping.overLimits(x).ifPresent(why -> {
            throw new ArticleInputs.Refused(why);
        });
        List<EventRecord> events = EventMapping.extracted(article.id(), x, in.published());
        return new ArticleWithEvents(article, events);
    }
}
