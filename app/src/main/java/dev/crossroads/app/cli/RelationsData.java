package dev.crossroads.app.cli;

import dev.crossroads.app.service.RelationsEvents;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the relations engine from a pack and the extracted events in the store; parses CLI values. */
final class RelationsData {
    private RelationsData() {}

    static RelationsEngine engine(RegionPack pack, DbOption db, double halfLifeDays) {
        return engine(
                pack,
                db,
                halfLifeDays,
                RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT,
                RelationsEvents.Reads.pack());
    }

    /**
     * The engine with a chosen weight for curated events that are unconfirmed, conflicting or illustrative, on the
     * store's events that {@code reads} asks for (a dyad's, a state's, the pack's region).
     */
    static RelationsEngine engine(
            RegionPack pack, DbOption db, double halfLifeDays, double unconfirmedWeight, RelationsEvents.Reads reads) {
        List<LedgerEvent> extracted = new ArrayList<>();
        Optional<Store> store = db.openIfPresent();
        if (store.isPresent()) {
            try (Store s = store.get()) {
                extracted.addAll(reads.read(s, pack));
            }
        }
        return RelationsEngine.of(
                pack,
                extracted,
                RelationsEngine.Settings.DEFAULT.withHalfLife(halfLifeDays).withUnconfirmedWeight(unconfirmedWeight));
    }

    /**
     * How an event's evidence reads: its origin and confidence, its weight, and how many reports it has, e.g.
     * {@code [curated, unconfirmed, weight 0.50]}, {@code [extracted, 3 reports]}, {@code [PROJECTED, weight 1.20]},
     * {@code [extracted, reported, background]} for an event that is not its sentence's main act.
     */
    static String label(LedgerEvent x) {
        StringBuilder b = new StringBuilder("[");
        b.append(x.isProjected() ? "PROJECTED" : x.origin().name().toLowerCase(java.util.Locale.ROOT));
        if (!x.isProjected()) {
            b.append(", ").append(x.confidence().code());
        }
        if (x.weight() != 1.0) {
            b.append(String.format(java.util.Locale.ROOT, ", weight %.2f", x.weight()));
        }
        if (x.reports().size() > 1) {
            b.append(", ").append(x.reports().size()).append(" reports");
        }
        if (!x.main()) {
            b.append(", background");
        }
        return b.append("]").toString();
    }

    /**
     * What the evidence of a background event (not its sentence's main act, e.g. the bombing in "Following the
     * bombing of its embassy, Spain recalled its ambassador") shows after its sentence; nothing for a main event.
     */
    static String background(boolean main) {
        return main ? "" : " (background)";
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " '" + value + "' is not a date: use YYYY-MM-DD");
        }
    }

    static String iso3(String value) {
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("[A-Z]{3}")) {
            throw new UserException("'" + value + "' is not an ISO 3166-1 alpha-3 code (e.g. AZE, SYR)");
        }
        return v;
    }

    /** The dyads of {@code a} with each of {@code others}, as the store reads them (a state with itself is left out). */
    static List<EventRepository.Dyad> dyads(String a, List<String> others) {
        String x = iso3(a);
        return others.stream()
                .map(RelationsData::iso3)
                .filter(y -> !y.equals(x))
                .map(y -> EventRepository.Dyad.of(x, y))
                .toList();
    }

    static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%+.2f", v);
    }

    static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
