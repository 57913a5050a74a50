package dev.crossroads.relations.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event read from a dataset: {@code actor1} does {@code cameo} to {@code actor2} on {@code date}, possibly
 * mediated or hosted by a third actor ({@code mediator}: PLOVER's source of a third-party consultation, whose
 * recipients are the two parties). It keeps its provenance: the dataset ({@code format}), the dataset's own id
 * ({@code sourceId}: the natural key, unique within the dataset, so a re-import adds nothing), the article's URL
 * where given, and how many sources ({@code sources}: distinct outlets) and mentions ({@code mentions}: reports,
 * articles or sentences) report it.
 *
 * @param format the dataset it was read from
 * @param sourceId the dataset's id of the row (for a row coding several dyads, with a {@code #n} suffix)
 * @param date the day it happened
 * @param actor1 the actor doing it (PLOVER: the first party of a mediation)
 * @param actor2 the actor it is done to (PLOVER: the second party of a mediation)
 * @param mediator the third party mediating, hosting or facilitating talks, where the dataset codes one
 * @param cameo CAMEO event code (2 to 4 digits)
 * @param plover PLOVER event type, mapped through the CAMEO table where the dataset does not give one
 * @param ploverMode PLOVER mode, where known
 * @param quadClass CAMEO quad class 1..4
 * @param goldstein Goldstein score (or the dataset's intensity) in [-10, 10]
 * @param sources how many distinct sources report it, at least 1
 * @param mentions how many mentions (articles, sentences) report it, at least 1
 * @param url the article's URL, where the dataset gives one
 * @param text what the dataset says about it (ICEWS event text, ACLED notes), or the CAMEO name
 */
public record ImportedEvent(
        ImportFormat format,
        String sourceId,
        LocalDate date,
        ImportedActor actor1,
        ImportedActor actor2,
        Optional<ImportedActor> mediator,
        String cameo,
        Optional<String> plover,
        Optional<String> ploverMode,
        int quadClass,
        double goldstein,
        int sources,
        int mentions,
        Optional<String> url,
        String text) {
    public ImportedEvent {
        Objects.requireNonNull(format, "format");
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("an imported event needs the dataset's id");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actor1, "actor1");
        Objects.requireNonNull(actor2, "actor2");
        Objects.requireNonNull(mediator, "mediator");
        if (cameo == null || !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("'" + cameo + "' is not a CAMEO code (2 to 4 digits)");
        }
        plover = Objects.requireNonNull(plover, "plover").filter(s -> !s.isBlank());
        ploverMode = Objects.requireNonNull(ploverMode, "ploverMode").filter(s -> !s.isBlank());
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class must be 1..4, got " + quadClass);
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein score must lie in [-10, 10], got " + goldstein);
        }
        if (sources < 1 || mentions < 1) {
            throw new IllegalArgumentException("sources and mentions must be at least 1");
        }
        url = Objects.requireNonNull(url, "url").map(String::strip).filter(s -> !s.isEmpty());
        text = Objects.requireNonNull(text, "text").strip();
    }

    /** The id it is stored under: {@code <format>-<sourceId>}; the same row always gets the same id. */
    public String id() {
        return format.id() + "-" + sourceId;
    }

    /** Whether it is between two different states (and a mediator, if any, is a third one). */
    public boolean stateDyad() {
        if (actor1.country().isEmpty()
                || actor2.country().isEmpty()
                || actor1.country().equals(actor2.country())) {
            return false;
        }
        return mediator.isEmpty() || mediator.get().country().isPresent();
    }

    /** The ISO-3 codes of the states taking part (actors and mediator), in that order, without repeats. */
    public List<String> countries() {
        List<String> out = new ArrayList<>();
        actor1.country().ifPresent(out::add);
        actor2.country().filter(c -> !out.contains(c)).ifPresent(out::add);
        mediator.flatMap(ImportedActor::country).filter(c -> !out.contains(c)).ifPresent(out::add);
        return out;
    }

    /** Whether a third party mediates, hosts or facilitates talks between the two actors. */
    public boolean mediation() {
        return mediator.isPresent();
    }
}
