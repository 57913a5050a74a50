package dev.crossroads.core.model;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The structural tie between two states before any dated event, on the Goldstein scale: +10 alliance, 0
 * neutral, -10 war. The pair is unordered.
 */
public record BaselineRelation(
        String a, String b, double score, String kind, Optional<LocalDate> since, Provenance provenance) {
    public BaselineRelation {
        Checks.iso3("a", a);
        Checks.iso3("b", b);
        if (a.equals(b)) {
            throw new ModelException("b", "a relation needs two different states, got " + a + " twice");
        }
        Checks.between("score", score, -10, 10);
        Checks.notBlank("kind", kind);
        Checks.present("since", since);
        Checks.present("provenance", provenance);
    }

    /** The pair in a canonical order, e.g. {@code AZE-TUR}. */
    public String dyadKey() {
        return dyadKey(a, b);
    }

    public static String dyadKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "-" + y : y + "-" + x;
    }
}
