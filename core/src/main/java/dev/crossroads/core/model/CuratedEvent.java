package dev.crossroads.core.model;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated, sourced event from the pack: {@code actor1} does something (a CAMEO code) to {@code actor2},
 * optionally hosted or mediated by a third state.
 */
public record CuratedEvent(
        String id,
        LocalDate date,
        String actor1,
        String actor2,
        Optional<String> mediator,
        String cameo,
        String summary,
        Provenance provenance) {
    public CuratedEvent {
        Checks.id("id", id);
        Checks.present("date", date);
        Checks.iso3("actor1", actor1);
        Checks.iso3("actor2", actor2);
        Checks.present("mediator", mediator);
        mediator.ifPresent(m -> Checks.iso3("mediator", m));
        Checks.notBlank("cameo", cameo);
        if (!cameo.matches("\\d{2,4}")) {
            throw new ModelException("cameo", "'" + cameo + "' is not a CAMEO code (2 to 4 digits, e.g. 036 or 0311)");
        }
        summary = Checks.text(summary);
        Checks.present("provenance", provenance);
    }
}
