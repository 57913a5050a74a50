package dev.crossroads.store;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.input.Limits;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.ActorMention;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.relations.extract.ExtractedEvent;
import dev.crossroads.relations.extract.Extraction;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.imports.GdeltMentions;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.relations.imports.ImportedActor;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one mapping from what the relations engine reads out of files to the rows the store keeps. The single-JVM
 * paths ({@code crossroads import}, {@code crossroads ingest}) and the Spark jobs both call it, so a row imported
 * either way is the same row.
 */
public final class EventMapping {
    private EventMapping() {}

    /**
     * A stored row for one of a pack's curated events as the engine reads it ({@code RelationsEngine.curated}): its
     * coding, weight and modality, the pack's name as {@code pack_id}.
     */
    public static EventRecord curated(LedgerEvent e, String packId) {
        return new EventRecord(
                e.id(),
                EventRecord.Origin.CURATED,
                Optional.empty(),
                Optional.of(packId),
                e.date(),
                e.actor1(),
                e.actor2(),
                e.mediator(),
                e.cameo(),
                e.plover(),
                OptionalInt.of(e.quadClass()),
                OptionalDouble.of(e.goldstein()),
                EventRecord.Mode.valueOf(e.modality().name()),
                e.weight(),
                Optional.empty());
    }

    /** A stored event for an imported one: its dataset row, asserted, weight 1. */
    public static EventRecord imported(ImportedEvent e) {
        return new EventRecord(
                e.id(),
                EventRecord.Origin.IMPORTED,
                Optional.empty(),
                Optional.empty(),
                e.date(),
                e.actor1().country().orElseThrow(),
                e.actor2().country().orElseThrow(),
                e.mediator().flatMap(ImportedActor::country),
                e.cameo(),
                e.plover(),
                OptionalInt.of(e.quadClass()),
                OptionalDouble.of(e.goldstein()),
                EventRecord.Mode.ASSERTED,
                1.0,
                Optional.empty(),
                Optional.of(new EventRecord.Imported(
                        e.format().id(),
                        e.sourceId(),
                        e.url(),
                        e.actor1().role(),
                        e.actor2().role(),
                        e.mediator().flatMap(ImportedActor::role),
                        e.sources(),
                        e.mentions(),
                        e.ploverMode(),
                        e.text())));
    }

    /** A GDELT mention as a stored report of its event ({@code gdelt-<GLOBALEVENTID>}); confidence 0 is none. */
    public static EventRepository.Report mention(GdeltMentions.Mention m) {
        return new EventRepository.Report(
                ImportFormat.GDELT.id() + "-" + m.eventId(),
                m.identifier(),
                m.sourceName(),
                m.date(),
                m.confidence() > 0 ? OptionalInt.of(m.confidence()) : OptionalInt.empty());
    }

    /**
     * One happening's imported rows as one ledger event (as {@code crossroads relations} reads the store), or empty when
     * it is not between two distinct states. Its id and coding are the row cited by the most sources (then the
     * smallest id); it is {@code reported} (weight 1) when at least two independent sources report it, else
     * {@code unconfirmed} ({@code unconfirmedWeight}).
     */
    public static Optional<LedgerEvent> happening(EventRepository.Happening h, double unconfirmedWeight) {
        EventRecord first = h.events().stream()
                .max(Comparator.comparingInt((EventRecord e) ->
                                e.imported().map(EventRecord.Imported::sources).orElse(0))
                        .thenComparing(EventRecord::id, Comparator.reverseOrder()))
                .orElseThrow();
        Optional<LedgerEvent> base = toLedger(first);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Set<String> datasets = new TreeSet<>();
        int maxSources = 0;
        long mentions = 0;
        List<LedgerEvent.Report> reports = new ArrayList<>();
        for (EventRecord e : h.events()) {
            EventRecord.Imported row = e.imported().orElseThrow();
            datasets.add(row.dataset());
            maxSources = Math.max(maxSources, row.sources());
            mentions += row.mentions();
            List<String> prov = new ArrayList<>();
            prov.add("dataset " + row.dataset() + " row " + row.sourceId());
            row.url().ifPresent(u -> prov.add("url " + u));
            reports.add(new LedgerEvent.Report(
                    String.format(
                            Locale.ROOT,
                            "%s (%s: %d sources, %d mentions)",
                            row.text(),
                            row.dataset(),
                            row.sources(),
                            row.mentions()),
                    prov));
        }
        for (EventRepository.Report r : h.reports()) {
            reports.add(new LedgerEvent.Report(
                    "mention by " + (r.source().isBlank() ? "an unnamed source" : r.source()) + " on " + r.date(),
                    List.of("mention of " + r.eventId(), "url " + r.url())));
        }
        int independent = maxSources + datasets.size() - 1;
        Confidence confidence = independent >= 2 ? Confidence.REPORTED : Confidence.UNCONFIRMED;
        LedgerEvent b = base.get();
        String text = String.format(
                Locale.ROOT,
                "%s — %s, %d row%s from %s; %d independent source%s, %d mentions",
                first.imported().orElseThrow().text(),
                confidence.code(),
                h.events().size(),
                h.events().size() == 1 ? "" : "s",
                String.join(", ", datasets),
                independent,
                independent == 1 ? "" : "s",
                mentions + h.reports().size());
        List<String> prov = new ArrayList<>();
        prov.add("happening " + h.id());
        h.events()
                .forEach(e -> prov.add("dataset " + e.imported().orElseThrow().dataset() + " row "
                        + e.imported().orElseThrow().sourceId()));
        return Optional.of(new LedgerEvent(
                first.id(),
                b.date(),
                b.actor1(),
                b.actor2(),
                b.mediator(),
                b.cameo(),
                b.cameoName(),
                b.goldstein(),
                b.quadClass(),
                b.plover(),
                b.modality(),
                confidence == Confidence.REPORTED ? 1.0 : unconfirmedWeight,
                LedgerEvent.Origin.IMPORTED,
                text,
                prov,
                confidence,
                reports));
    }

    /**
     * A stored event as a ledger event (with its {@code main} flag), or empty when it is not between two distinct
     * states.
     */
    public static Optional<LedgerEvent> toLedger(EventRecord e) {
        if (!e.actor1().matches("[A-Z]{3}")
                || !e.actor2().matches("[A-Z]{3}")
                || e.actor1().equals(e.actor2())) {
            return Optional.empty();
        }
        Optional<CameoCode> code = Cameo.standard().find(e.cameo());
        double goldstein = e.goldstein().isPresent()
                ? e.goldstein().getAsDouble()
                : code.map(CameoCode::goldstein).orElse(0.0);
        int quad = e.quadClass().isPresent()
                ? e.quadClass().getAsInt()
                : code.map(CameoCode::quadClass).orElse(1);
        List<String> prov = new ArrayList<>();
        e.articleId().ifPresent(a -> prov.add("article " + a));
        e.evidence().ifPresent(ev -> prov.add("sentence " + ev.sentenceIndex()));
        String text = e.evidence().map(EventRecord.Evidence::sentence).orElse("");
        return Optional.of(new LedgerEvent(
                e.id(),
                e.eventDate(),
                e.actor1(),
                e.actor2(),
                e.mediator(),
                e.cameo(),
                code.map(CameoCode::name).orElse(e.cameo()),
                goldstein,
                quad,
                e.plover(),
                Modality.valueOf(e.mode().name()),
                e.weight(),
                LedgerEvent.Origin.EXTRACTED,
                text,
                prov,
                Confidence.REPORTED,
                List.of(),
                e.main()));
    }

    /**
     * Why an article's extraction is refused, if it is: more sentences or events than the per-article limits
     * ({@code Limits.ARTICLE_SENTENCES}, {@code Limits.ARTICLE_EVENTS}); the message says how to change them.
     */
    public static Optional<String> overLimits(Extraction x) {
        int maxSentences = Limits.getInt(Limits.ARTICLE_SENTENCES);
        if (x.sentences() > maxSentences) {
            return Optional.of("the article has " + x.sentences() + " sentences, above the limit per article; "
                    + Limits.howToChange(Limits.ARTICLE_SENTENCES));
        }
        int maxEvents = Limits.getInt(Limits.ARTICLE_EVENTS);
        if (x.events().size() > maxEvents) {
            return Optional.of("the article yields " + x.events().size() + " events, above the limit per article; "
                    + Limits.howToChange(Limits.ARTICLE_EVENTS));
        }
        return Optional.empty();
    }

    /**
     * The events {@code crossroads ingest} stores for an article's extraction: each extracted event as ledger events
     * (one per pair of states, {@code RelationsEngine.ledgerEvents}), with its evidence (sentence, actor and verb
     * spans) and whether it is its sentence's main event ({@code ExtractedEvent.main}), dated by {@code published}
     * where the text gives no date.
     */
    public static List<EventRecord> extracted(String articleId, Extraction x, LocalDate published) {
        List<EventRecord> events = new ArrayList<>();
        for (ExtractedEvent e : x.events()) {
            for (LedgerEvent l : RelationsEngine.ledgerEvents(e, published)) {
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
                        Optional.of(articleId),
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
                        Optional.of(ev),
                        Optional.empty(),
                        e.main()));
            }
        }
        return events;
    }
}
