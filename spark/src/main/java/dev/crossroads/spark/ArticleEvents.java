package dev.crossroads.spark;

import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.Extraction;
import dev.crossroads.relations.extract.Extractor;
import dev.crossroads.store.ArticleRecord;
import dev.crossroads.store.ArticleWithEvents;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An article and the events {@code crossroads ingest} stores for it: the article's content id, the extractor's
 * events turned into ledger events (one per pair of states) with their evidence (sentence, actor and verb
 * spans). The mapping is the store.s ({@code EventMapping}), which the app.s {@code ArticleIngest} (the single-JVM path) also calls; {@code ExtractJobIT}
 * checks that the Spark job gives exactly these records. Plain Java: the job runs it inside each partition.
 */
final class ArticleEvents {
    /** An article refused after reading (too many sentences or events), with the reason. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private ArticleEvents() {}

    /** The article record and its events; throws {@link Refused} past the per-article limits. */
    static ArticleWithEvents of(Extractor extractor, ArticleInput in, Instant ingestedAt) {
        ArticleRecord article =
                ArticleRecord.of(in.url(), in.source(), in.title(), Optional.of(in.published()), in.text(), ingestedAt);
        Extraction x = extractor.extract(new Article(article.id(), in.text(), in.published()));
        EventMapping.overLimits(x).ifPresent(why -> {
            throw new Refused(why);
        });
        List<EventRecord> events = EventMapping.extracted(article.id(), x, in.published());
        return new ArticleWithEvents(article, events);
    }
}
