package dev.crossroads.core.model;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A leader or a body, with the tenure in which it acts for its country. An empty {@code end} means in
 * office at the pack's date.
 */
public record Actor(
        String id,
        String name,
        String country,
        String role,
        ActorKind kind,
        LocalDate start,
        Optional<LocalDate> end,
        List<String> aliases,
        Provenance provenance) {
    public Actor {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        Checks.notBlank("role", role);
        Checks.present("kind", kind);
        Checks.present("start", start);
        Checks.present("end", end);
        aliases = Checks.list("aliases", aliases);
        Checks.present("provenance", provenance);
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new ModelException("end", "tenure ends (" + end.get() + ") before it starts (" + start + ")");
        }
    }

    /** Whether the actor held its role on the given date (start and end inclusive). */
    public boolean inOffice(LocalDate date) {
        return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
    }

    /** Whether two tenures share at least one day. */
    public boolean overlaps(Actor other) {
        LocalDate myEnd = end.orElse(LocalDate.MAX);
        LocalDate otherEnd = other.end.orElse(LocalDate.MAX);
        return !start.isAfter(otherEnd) && !other.start.isAfter(myEnd);
    }
}
