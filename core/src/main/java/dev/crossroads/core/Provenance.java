package dev.crossroads.core;

import java.util.List;

/**
 * Where a fact comes from: the ids of its sources in the pack's {@code sources.csv}, how firmly it is known,
 * and a free note (the caveat, the derivation, the conflicting figure).
 */
public record Provenance(List<String> sourceIds, Confidence confidence, String note) {
    public Provenance {
        sourceIds = Checks.list("source", sourceIds);
        Checks.present("confidence", confidence);
        note = Checks.text(note);
        if (sourceIds.isEmpty() && confidence != Confidence.ILLUSTRATIVE) {
            throw new ModelException(
                    "source", "a fact needs a source id, or confidence 'illustrative' when it has none");
        }
    }

    public static Provenance illustrative(String note) {
        return new Provenance(List.of(), Confidence.ILLUSTRATIVE, note);
    }

    public boolean sourced() {
        return !sourceIds.isEmpty();
    }
}
