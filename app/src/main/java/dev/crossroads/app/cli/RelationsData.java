package dev.crossroads.app.cli;

import dev.crossroads.app.service.RelationsEvents;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.Store;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the relations engine from a pack and the extracted events in the store; parses CLI values. */
final class RelationsData {
    private RelationsData() {
    }

    static RelationsEngine engine(RegionPack pack, DbOption db, double halfLifeDays) {
        List<LedgerEvent> extracted = new ArrayList<>();
        Optional<Store> store = db.openIfPresent();
        if (store.isPresent()) {
            try (Store s = store.get()) {
                extracted.addAll(RelationsEvents.storedExtracted(s));
            }
        }
        return RelationsEngine.of(pack, extracted, RelationsEngine.Settings.DEFAULT.withHalfLife(halfLifeDays));
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

    static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%+.2f", v);
    }

    static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
