package dev.crossroads.spark;

import dev.crossroads.core.input.Limits;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An article and the events {@code crossroads ingest} stores for it: the article's content id, the extractor's
 * events turned into ledger events (one per pair of states) with their evidence (sentence, actor and verb
 * spans). The same mapping as the app's {@code ArticleIngest} (the single-JVM path); {@code ExtractJobIT}
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
        int maxSentences = Limits.getInt(Limits.ARTICLE_SENTENCES);
        if (x.sentences() > maxSentences) {
            throw new Refused("the article has " + x.sentences() + " sentences, above the limit per article; "
                    + Limits.howToChange(Limits.ARTICLE_SENTENCES));
        }
        int maxEvents = Limits.getInt(Limits.ARTICLE_EVENTS);
        if (x.events().size() > maxEvents) {
            throw new Refused("the article yields " + x.events().size() + " events, above the limit per article; "
                    + Limits.howToChange(Limits.ARTICLE_EVENTS));
        }
        List<EventRecord> events = new ArrayList<>();
        for (ExtractedEvent e : x.events()) {
            for (LedgerEvent l : RelationsEngine.ledgerEvents(e, in.published())) {
                List<ActorMention> named = new ArrayList<>(e.sources());
                named.addAll(e.targets());
                ActorMention s = named.stream()
                        .filter(m -> m.code().equals(l.actor1()))
                        .findFirst()
                        .orElseThrow();
                ActorMention t = named.stream()
                        .filter(m -> m.code().equals(l.actor2()))
                        .findFirst()
                        .orElseThrow();
                EventRecord.Evidence ev = new EventRecord.Evidence(
                        e.sentence(),
                        e.sentenceIndex(),
                        Optional.of(new EventRecord.Span(s.start(), s.end())),
                        Optional.of(new EventRecord.Span(t.start(), t.end())),
                        Optional.of(new EventRecord.Span(e.verbStart(), e.verbEnd())));
                events.add(new EventRecord(
                        l.id(),
                        EventRecord.Origin.EXTRACTED,
                        Optional.of(article.id()),
                        Optional.empty(),
                        l.date(),
                        l.actor1(),
                        l.actor2(),
                        l.mediator(),
                        l.cameo(),
                        l.plover(),
                        OptionalInt.of(l.quadClass()),
                        OptionalDouble.of(l.goldstein()),
                        EventRecord.Mode.valueOf(e.modality().name()),
                        l.weight(),
                        Optional.of(ev)));
            }
        }
        return new ArticleWithEvents(article, events);
    }
}
