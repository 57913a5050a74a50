package dev.crossroads.app.service;

import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

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
     * As {@link #storedReported(Store)}, only the events {@code scope} asks for (between two of its states, within
     * its dates), filtered by the database: for a large archive, read the dyads the caller needs rather than every
     * happening. The engine weighs a dyad's events only against the same dyad's, so the scope's dyads score as they
     * would with everything loaded.
     */
    public static List<LedgerEvent> storedReported(Store store, EventRepository.Scope scope) {
        List<LedgerEvent> out = new ArrayList<>();
        for (EventRecord e : store.events().findEvents(scope, EnumSet.of(EventRecord.Origin.EXTRACTED))) {
            toLedger(e).ifPresent(out::add);
        }
        for (EventRepository.Happening h :
                store.events().findHappenings(scope, EnumSet.of(EventRecord.Origin.IMPORTED))) {
            happening(h, RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT).ifPresent(out::add);
        }
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
        return EventMapping.happening(h, unconfirmedWeight);
    }

    /** A stored event as a ledger event, or empty when it is not between two distinct states. */
    public static Optional<LedgerEvent> toLedger(EventRecord e) {
        return EventMapping.toLedger(e);
    }
}
