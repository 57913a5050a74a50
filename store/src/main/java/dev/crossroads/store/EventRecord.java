package dev.crossroads.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A dated interaction: {@code actor1} does {@code cameo} to {@code actor2}, possibly hosted by a
 * {@code mediator}. Curated events come from a pack; extracted events come from an article
 * sentence and carry {@link Evidence}.
 *
 * @param id unique id chosen by the producer (e.g. pack event id, or a hash of article and span)
 * @param origin curated (from a pack) or extracted (from an article)
 * @param articleId the article it was extracted from; present exactly when extracted
 * @param packId the pack it belongs to, if any
 * @param eventDate when it happened
 * @param actor1 the actor doing it (ISO3 country code or actor id)
 * @param actor2 the actor it is done to
 * @param mediator a host or mediator, if any
 * @param cameo CAMEO event code as text ({@code 036}, {@code 0311})
 * @param plover PLOVER event type, if mapped
 * @param quadClass CAMEO quad class 1..4, if known
 * @param goldstein Goldstein score in [-10, 10], if known
 * @param mode whether the text asserts, negates, supposes or announces it
 * @param weight how much it counts (1 for a plain asserted event)
 * @param evidence the sentence it was read from, for extracted events
 * @param imported the dataset row it was imported from, for imported events
 * @param main whether it is its sentence's main event (the act the sentence reports) rather than a background event
 *     beside it ("Following the bombing of its embassy, Spain recalled its ambassador": the recall is main, the
 *     bombing background; see the extractor's {@code ExtractedEvent.main}); true for a curated or imported event (one
 *     event per record) and for an article event stored before the store kept the flag
 */
public record EventRecord(
        String id,
        Origin origin,
        Optional<String> articleId,
        Optional<String> packId,
        LocalDate eventDate,
        String actor1,
        String actor2,
        Optional<String> mediator,
        String cameo,
        Optional<String> plover,
        OptionalInt quadClass,
        OptionalDouble goldstein,
        Mode mode,
        double weight,
        Optional<Evidence> evidence,
        Optional<Imported> imported,
        boolean main) {

    /** A main event (curated, imported, or the main event of its sentence). */
    public EventRecord(
            String id,
            Origin origin,
            Optional<String> articleId,
            Optional<String> packId,
            LocalDate eventDate,
            String actor1,
            String actor2,
            Optional<String> mediator,
            String cameo,
            Optional<String> plover,
            OptionalInt quadClass,
            OptionalDouble goldstein,
            Mode mode,
            double weight,
            Optional<Evidence> evidence,
            Optional<Imported> imported) {
        this(
                id, origin, articleId, packId, eventDate, actor1, actor2, mediator, cameo, plover, quadClass, goldstein,
                mode, weight, evidence, imported, true);
    }

    /** A main event that was not imported (curated, or the main event of its sentence). */
    public EventRecord(
            String id,
            Origin origin,
            Optional<String> articleId,
            Optional<String> packId,
            LocalDate eventDate,
            String actor1,
            String actor2,
            Optional<String> mediator,
            String cameo,
            Optional<String> plover,
            OptionalInt quadClass,
            OptionalDouble goldstein,
            Mode mode,
            double weight,
            Optional<Evidence> evidence) {
        this(
                id,
                origin,
                articleId,
                packId,
                eventDate,
                actor1,
                actor2,
                mediator,
                cameo,
                plover,
                quadClass,
                goldstein,
                mode,
                weight,
                evidence,
                Optional.empty());
    }

    /** Checks that no component is null and that origin, article and dataset row agree. */
    public EventRecord {
        Jdbc.requireText("event id", id);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(eventDate, "eventDate");
        Jdbc.requireText("actor1", actor1);
        Jdbc.requireText("actor2", actor2);
        mediator = Objects.requireNonNull(mediator, "mediator").filter(s -> !s.isBlank());
        Jdbc.requireText("cameo", cameo);
        plover = Objects.requireNonNull(plover, "plover").filter(s -> !s.isBlank());
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(goldstein, "goldstein");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(imported, "imported");
        if (imported.isPresent() != (origin == Origin.IMPORTED)) {
            throw new IllegalArgumentException(
                    "event " + id + ": an imported event needs its dataset row, other events must not have one");
        }
        if (articleId.isPresent() != (origin == Origin.EXTRACTED)) {
            throw new IllegalArgumentException(
                    "event " + id + ": an extracted event needs an articleId, a curated one must not have one");
        }
        if (!main && origin != Origin.EXTRACTED) {
            throw new IllegalArgumentException("event " + id + ": only an extracted event can be a background event"
                    + " (main false); a " + origin.db() + " event is its record's main event");
        }
        if (quadClass.isPresent() && (quadClass.getAsInt() < 1 || quadClass.getAsInt() > 4)) {
            throw new IllegalArgumentException("event " + id + ": quadClass must be 1..4");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("event " + id + ": weight must be finite and >= 0");
        }
    }

    /** The same event, marked as its sentence's main event or as a background one. */
    public EventRecord withMain(boolean isMain) {
        return new EventRecord(
                id, origin, articleId, packId, eventDate, actor1, actor2, mediator, cameo, plover, quadClass, goldstein,
                mode, weight, evidence, imported, isMain);
    }

    /** A curated, asserted pack event of weight 1 with no CAMEO-derived scores. */
    public static EventRecord curated(
            String id,
            String packId,
            LocalDate eventDate,
            String actor1,
            String actor2,
            Optional<String> mediator,
            String cameo) {
        return new EventRecord(
                id,
                Origin.CURATED,
                Optional.empty(),
                Optional.of(packId),
                eventDate,
                actor1,
                actor2,
                mediator,
                cameo,
                Optional.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                Mode.ASSERTED,
                1.0,
                Optional.empty());
    }

    /** Where an event came from. */
    public enum Origin {
        /** From a pack's {@code events.csv}. */
        CURATED,
        /** Read from an article by the extractor. */
        EXTRACTED,
        /** Imported from an event dataset (GDELT, POLECAT, ICEWS, ACLED). */
        IMPORTED;

        String db() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Origin of(String db) {
            return valueOf(db.toUpperCase(Locale.ROOT));
        }
    }

    /** How the source text states the event. */
    public enum Mode {
        /** It happened. */
        ASSERTED,
        /** The text says it did not happen. */
        NEGATED,
        /** The text supposes it (could, would, if). */
        HYPOTHETICAL,
        /** The text announces it for later (will, plans to). */
        FUTURE;

        String db() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Mode of(String db) {
            return valueOf(db.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A character range {@code [start, end)} in a sentence.
     *
     * @param start first character
     * @param end one past the last character
     */
    public record Span(int start, int end) {
        /** Checks {@code 0 <= start <= end}. */
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * The sentence an extracted event was read from, with the spans of its parts.
     *
     * @param sentence the sentence text
     * @param sentenceIndex index of the sentence in the article, from 0
     * @param actor1 span of actor1's mention, if it was mentioned
     * @param actor2 span of actor2's mention, if it was mentioned
     * @param verb span of the verb or trigger, if known
     */
    public record Evidence(
            String sentence, int sentenceIndex, Optional<Span> actor1, Optional<Span> actor2, Optional<Span> verb) {
        /** Checks that no component is null, the index is not negative and spans lie in the sentence. */
        public Evidence {
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(actor1, "actor1");
            Objects.requireNonNull(actor2, "actor2");
            Objects.requireNonNull(verb, "verb");
            if (sentenceIndex < 0) {
                throw new IllegalArgumentException("sentenceIndex must be >= 0");
            }
            for (Optional<Span> span : List.of(actor1, actor2, verb)) {
                if (span.isPresent() && span.get().end() > sentence.length()) {
                    throw new IllegalArgumentException(
                            "span " + span.get() + " lies outside the sentence (" + sentence.length() + " chars)");
                }
            }
        }
    }

    /**
     * The dataset row an imported event comes from.
     *
     * @param dataset the dataset ({@code gdelt}, {@code polecat}, {@code icews}, {@code acled})
     * @param sourceId the dataset's id of the row: with the dataset, the natural key (a re-import adds nothing)
     * @param url the article's URL, where the dataset gives one
     * @param actor1Role actor1's role (GDELT actor type, sector, ACLED actor type), where given
     * @param actor2Role actor2's role, where given
     * @param mediatorRole the mediator's role, where given
     * @param sources how many distinct sources report it, at least 1
     * @param mentions how many mentions (articles, sentences) report it, at least 1
     * @param ploverMode the PLOVER mode, where known
     * @param text what the dataset says about it
     */
    public record Imported(
            String dataset,
            String sourceId,
            Optional<String> url,
            Optional<String> actor1Role,
            Optional<String> actor2Role,
            Optional<String> mediatorRole,
            int sources,
            int mentions,
            Optional<String> ploverMode,
            String text) {
        /** Checks that no component is null and the counts are at least 1. */
        public Imported {
            Jdbc.requireText("dataset", dataset);
            Jdbc.requireText("source id", sourceId);
            url = Objects.requireNonNull(url, "url").filter(s -> !s.isBlank());
            actor1Role = Objects.requireNonNull(actor1Role, "actor1Role").filter(s -> !s.isBlank());
            actor2Role = Objects.requireNonNull(actor2Role, "actor2Role").filter(s -> !s.isBlank());
            mediatorRole = Objects.requireNonNull(mediatorRole, "mediatorRole").filter(s -> !s.isBlank());
            ploverMode = Objects.requireNonNull(ploverMode, "ploverMode").filter(s -> !s.isBlank());
            Objects.requireNonNull(text, "text");
            if (sources < 1 || mentions < 1) {
                throw new IllegalArgumentException("sources and mentions must be at least 1");
            }
        }
    }

    /**
     * The happening this event reports: same day, same two parties (in either direction), same mediator and same
     * CAMEO root. Only asserted events report a happening; a negated, hypothetical or future one reports none.
     */
    public Optional<String> happeningId() {
        if (mode != Mode.ASSERTED) {
            return Optional.empty();
        }
        boolean ordered = actor1.compareTo(actor2) <= 0;
        String a = ordered ? actor1 : actor2;
        String b = ordered ? actor2 : actor1;
        return Optional.of("h-" + eventDate + "-" + a + "-" + b + "-" + mediator.orElse("") + "-"
                + cameo.substring(0, Math.min(2, cameo.length())));
    }
}
