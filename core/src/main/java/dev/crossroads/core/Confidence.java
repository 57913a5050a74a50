package dev.crossroads.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How firmly a fact in a pack is known. */
public enum Confidence {
    /** A cited source states it. */
    REPORTED,
    /** Computed from sourced figures; the note says how. */
    DERIVED,
    /** A source says it, but it is marked unconfirmed or contested. */
    UNCONFIRMED,
    /** Sources disagree; the other figure is in the note. */
    CONFLICT,
    /** A placeholder that makes the model run; no source. */
    ILLUSTRATIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Confidence> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(t)).findFirst();
    }
}
