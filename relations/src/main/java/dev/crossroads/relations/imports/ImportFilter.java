package dev.crossroads.relations.imports;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which imported events to keep: between two states (and a mediator, if any, a state), dated within
 * {@code [from, to]} (inclusive, each optional), and when {@code actors} is not empty, with at least one of those
 * states taking part (as actor or mediator).
 */
public record ImportFilter(Optional<LocalDate> from, Optional<LocalDate> to, Set<String> actors) {
    /** Keeps every state dyad. */
    public static final ImportFilter ALL = new ImportFilter(Optional.empty(), Optional.empty(), Set.of());

    public ImportFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        actors = Set.copyOf(actors);
        for (String a : actors) {
            if (!a.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("'" + a + "' is not an ISO 3166-1 alpha-3 code (e.g. AZE)");
            }
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the end date " + to.get() + " is before the start " + from.get());
        }
    }

    /** Whether {@code e} is kept. */
    public boolean accepts(ImportedEvent e) {
        if (!e.stateDyad()) {
            return false;
        }
        if (from.isPresent() && e.date().isBefore(from.get())) {
            return false;
        }
        if (to.isPresent() && e.date().isAfter(to.get())) {
            return false;
        }
        return actors.isEmpty() || e.countries().stream().anyMatch(actors::contains);
    }
}
