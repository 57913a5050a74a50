package dev.crossroads.relations.ledger;

import dev.crossroads.core.Confidence;
import dev.crossroads.relations.extract.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One event in the ledger: curated (from the pack), extracted (from article sentences) or projected (from a
 * scenario's contributions of the hub; never reported by anyone). {@code actor1} does {@code cameo} to
 * {@code actor2}, possibly hosted or mediated by {@code mediator}. {@code weight} scales its Goldstein score
 * (modality times the weight of its confidence, or for a projected event its size). {@code confidence} is the
 * pack row's confidence for curated events, {@code REPORTED} for an extracted event (an article reports it) and
 * {@code DERIVED} for a projected one (derived from a scenario's figure). {@code text} is the pack summary,
 * the first sentence, or the contribution it projects; {@code provenance} names the pack source ids, the
 * article id and sentence index, or the scenario field. {@code reports} holds every report of the one
 * happening (for an extracted event, every sentence of the article that states it); one at least. {@code main}: the
 * event is the main act of a sentence reporting it ({@code ExtractedEvent.main}), not only a background event beside
 * the act the sentence reports ("Following the bombing of its embassy, Spain recalled its ambassador": the bombing is
 * background); true for curated, imported and projected events. The ledger counts background events as well.
 */
public record LedgerEvent(
        String id,
        LocalDate date,
        String actor1,
        String actor2,
        Optional<String> mediator,
        String cameo,
        String cameoName,
        double goldstein,
        int quadClass,
        Optional<String> plover,
        Modality modality,
        double weight,
        Origin origin,
        String text,
        List<String> provenance,
        Confidence confidence,
        List<Report> reports,
        boolean main) {
    /** Where an event comes from. PROJECTED events are kept apart from the others everywhere. */
    public enum Origin {
        CURATED,
        EXTRACTED,
        PROJECTED,
        /** From an event dataset (GDELT, POLECAT, ICEWS, ACLED): one happening with every dataset row reporting it. */
        IMPORTED
    }

    /** One report of a happening: its excerpt (a sentence, a summary) and where it is from. */
    public record Report(String excerpt, List<String> provenance) {
        public Report {
            excerpt = excerpt == null ? "" : excerpt;
            provenance = List.copyOf(provenance);
        }
    }

    public LedgerEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        if (date == null || actor1 == null || actor2 == null) {
            throw new IllegalArgumentException("event " + id + ": date, actor1 and actor2 are required");
        }
        if (actor1.equals(actor2)) {
            throw new IllegalArgumentException("event " + id + ": actor1 and actor2 are both " + actor1);
        }
        if (goldstein < -10 || goldstein > 10 || quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException(
                    "event " + id + ": Goldstein must lie in [-10, 10] and quad class in 1..4");
        }
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("event " + id + ": weight must be finite and not negative");
        }
        if (origin == null || confidence == null) {
            throw new IllegalArgumentException("event " + id + ": origin and confidence are required");
        }
        String p1 = actor1;
        String p2 = actor2;
        mediator =
                mediator.filter(m -> !m.isBlank() && !m.equals(p1) && !m.equals(p2)); // a party is not its own mediator
        provenance = List.copyOf(provenance);
        reports = reports == null || reports.isEmpty() ? List.of(new Report(text, provenance)) : List.copyOf(reports);
    }

    /** A main event (see {@code main}). */
    public LedgerEvent(
            String id,
            LocalDate date,
            String actor1,
            String actor2,
            Optional<String> mediator,
            String cameo,
            String cameoName,
            double goldstein,
            int quadClass,
            Optional<String> plover,
            Modality modality,
            double weight,
            Origin origin,
            String text,
            List<String> provenance,
            Confidence confidence,
            List<Report> reports) {
        this(
                id,
                date,
                actor1,
                actor2,
                mediator,
                cameo,
                cameoName,
                goldstein,
                quadClass,
                plover,
                modality,
                weight,
                origin,
                text,
                provenance,
                confidence,
                reports,
                true);
    }

    /** A main event with one report (its text and provenance); confidence REPORTED, or DERIVED when projected. */
    public LedgerEvent(
            String id,
            LocalDate date,
            String actor1,
            String actor2,
            Optional<String> mediator,
            String cameo,
            String cameoName,
            double goldstein,
            int quadClass,
            Optional<String> plover,
            Modality modality,
            double weight,
            Origin origin,
            String text,
            List<String> provenance) {
        this(
                id,
                date,
                actor1,
                actor2,
                mediator,
                cameo,
                cameoName,
                goldstein,
                quadClass,
                plover,
                modality,
                weight,
                origin,
                text,
                provenance,
                origin == Origin.PROJECTED ? Confidence.DERIVED : Confidence.REPORTED,
                List.of());
    }

    /** Whether the event is between {@code a} and {@code b}, in either direction. */
    public boolean between(String a, String b) {
        return (actor1.equals(a) && actor2.equals(b)) || (actor1.equals(b) && actor2.equals(a));
    }

    public boolean involves(String state) {
        return actor1.equals(state) || actor2.equals(state);
    }

    /** Whether a scenario projected it (never reported): shown as such and kept apart from reported events. */
    public boolean isProjected() {
        return origin == Origin.PROJECTED;
    }

    /** The article it was read from, when extracted ({@code article <id>} in its provenance). */
    public Optional<String> article() {
        return provenance.stream()
                .filter(p -> p.startsWith("article "))
                .map(p -> p.substring("article ".length()))
                .findFirst();
    }

    /** The same event with another weight and confidence (the weight of a confidence is a setting). */
    public LedgerEvent withWeight(double newWeight, Confidence newConfidence) {
        return new LedgerEvent(
                id,
                date,
                actor1,
                actor2,
                mediator,
                cameo,
                cameoName,
                goldstein,
                quadClass,
                plover,
                modality,
                newWeight,
                origin,
                text,
                provenance,
                newConfidence,
                reports,
                main);
    }

    /** The same event with these reports (one happening, several sentences). */
    public LedgerEvent withReports(List<Report> newReports) {
        return new LedgerEvent(
                id,
                date,
                actor1,
                actor2,
                mediator,
                cameo,
                cameoName,
                goldstein,
                quadClass,
                plover,
                modality,
                weight,
                origin,
                text,
                provenance,
                confidence,
                newReports,
                main);
    }

    /** The same event, marked as a sentence's main event or as a background one. */
    public LedgerEvent withMain(boolean isMain) {
        return new LedgerEvent(
                id,
                date,
                actor1,
                actor2,
                mediator,
                cameo,
                cameoName,
                goldstein,
                quadClass,
                plover,
                modality,
                weight,
                origin,
                text,
                provenance,
                confidence,
                reports,
                isMain);
    }
}
