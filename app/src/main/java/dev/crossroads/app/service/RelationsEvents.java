package dev.crossroads.app.service;

import dev.crossroads.core.Confidence;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The store's events as the relations engine reads them: one conversion for the CLI, the API and the Brief. */
public final class RelationsEvents {
    private RelationsEvents() {}

    /** The extracted events in the store, as ledger events (those between two distinct states). */
    public static List<LedgerEvent> storedExtracted(Store store) {
        List<LedgerEvent> extracted = new ArrayList<>();
        for (EventRecord e : store.events()
                .findEvents(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        EnumSet.of(EventRecord.Origin.EXTRACTED))) {
            toLedger(e).ifPresent(extracted::add);
        }
        return extracted;
    }

    /**
     * Every reported event in the store as the relations engine reads it: the extracted events ({@link
     * #storedExtracted}) and the imported happenings ({@link #storedImported}).
     */
    public static List<LedgerEvent> storedReported(Store store) {
        List<LedgerEvent> out = new ArrayList<>(storedExtracted(store));
        out.addAll(storedImported(store, RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT));
        return out;
    }

    /**
     * The imported events in the store, one ledger event per happening (same day, parties, mediator and CAMEO root)
     * however many dataset rows and mentions report it: the ledger counts it once. Its confidence is {@code
     * reported} when at least two independent sources report it (the most any one row counts, plus one per
     * further dataset) and {@code unconfirmed} otherwise, which weighs {@code unconfirmedWeight} (as an
     * unconfirmed pack event). Its reports are every row and mention, so the evidence says how it is known.
     */
    public static List<LedgerEvent> storedImported(Store store, double unconfirmedWeight) {
        List<LedgerEvent> out = new ArrayList<>();
        for (EventRepository.Happening h : store.events()
                .findHappenings(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        EnumSet.of(EventRecord.Origin.IMPORTED))) {
            happening(h, unconfirmedWeight).ifPresent(out::add);
        }
        return out;
    }

    /** One happening's imported rows as one ledger event, or empty when it is not between two distinct states. */
    static Optional<LedgerEvent> happening(EventRepository.Happening h, double unconfirmedWeight) {
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

    /** A stored event as a ledger event, or empty when it is not between two distinct states. */
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
                prov));
    }
}
