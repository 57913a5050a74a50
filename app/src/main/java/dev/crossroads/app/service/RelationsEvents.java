package dev.crossroads.app.service;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
     * Which of the store's events a relations question reads, so that a store holding an archive answers it without
     * loading the archive. The dyad and state readings give the same answers as reading every event (the engine
     * derives a dyad's score, duplicates and happenings from that dyad's events and the happenings one side hosted
     * for the other); {@link #pack()} reads the pack's region.
     */
    @FunctionalInterface
    public interface Reads {
        /** The store's reported events this question needs, as ledger events. */
        List<LedgerEvent> read(Store store, RegionPack pack);

        /** Every reported event in the store ({@link #storedReported(Store)}). */
        static Reads all() {
            return (store, pack) -> storedReported(store);
        }

        /**
         * The events that bear on these dyads: each dyad's own, and those of every dyad in which one side mediated
         * with the other as a party (a hosting counts for the host's tie), each of those dyads read whole (an event
         * is a duplicate or not only against its own dyad's). For a dyad's timeline or a tie.
         */
        static Reads dyads(Collection<EventRepository.Dyad> dyads) {
            Set<EventRepository.Dyad> asked = Set.copyOf(dyads);
            return (store, pack) -> {
                Set<EventRepository.Dyad> read = new HashSet<>(asked);
                for (EventRepository.Dyad d : asked) {
                    read.addAll(store.events().dyadsMediated(d, REPORTED));
                }
                return storedReported(store, read);
            };
        }

        /**
         * The events of every dyad in which one of {@code states} is an actor or the mediator, each dyad read whole:
         * all the ties of those states. For a state's balance of ties, its audit, the partners eligible in a host.
         */
        static Reads states(Set<String> states) {
            Set<String> asked = Set.copyOf(states);
            return (store, pack) -> storedReported(store, store.events().dyadsNaming(asked, REPORTED));
        }

        /**
         * The events between two of the pack's states (its countries and the states of its baselines), any mediator:
         * the region's graph, structural balance, mediator ranking and scenarios. A state the pack does not list
         * enters only as a mediator; its other ties, and the events among states outside the pack, are not read.
         */
        static Reads pack() {
            return (store, pack) -> storedReported(store, EventRepository.Scope.between(packStates(pack)));
        }
    }

    private static final Set<EventRecord.Origin> REPORTED =
            EnumSet.of(EventRecord.Origin.EXTRACTED, EventRecord.Origin.IMPORTED);

    /** The pack's states: its countries and both sides of its baseline relations. */
    public static Set<String> packStates(RegionPack pack) {
        Set<String> states = new TreeSet<>();
        pack.countries().forEach(c -> states.add(c.iso3()));
        pack.relations().forEach(r -> {
            states.add(r.a());
            states.add(r.b());
        });
        return states;
    }

    /**
     * As {@link #storedReported(Store)}, only the events of these dyads (every event of each, either actor first),
     * filtered by the database.
     */
    public static List<LedgerEvent> storedReported(Store store, Set<EventRepository.Dyad> dyads) {
        List<LedgerEvent> out = new ArrayList<>();
        for (EventRecord e : store.events().findEvents(dyads, EnumSet.of(EventRecord.Origin.EXTRACTED))) {
            toLedger(e).ifPresent(out::add);
        }
        for (EventRepository.Happening h :
                store.events().findHappenings(dyads, EnumSet.of(EventRecord.Origin.IMPORTED))) {
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
