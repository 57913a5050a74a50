package dev.crossroads.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Brief shows for a scenario, across the three pillars, with every figure traceable: a figure
 * carries the number of a {@link Note}, and a note names either the pack's source rows (resolved through
 * {@code sources} to publisher, title, date and URL) or the engine run that computed it, with its confidence.
 */
public record BriefData(
        ScenarioSpec scenario,
        int year,
        LocalDate at,
        Pack pack,
        Instant solvedAt,
        Energy energy,
        Relations relations,
        Rebuild rebuild,
        List<Note> notes,
        List<SourceRef> sources,
        List<HubResult.ChainStep> chain,
        HubResult.PowerPillar power,
        List<HubResult.Exposure> transitExposure) {
    public BriefData {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        chain = List.copyOf(chain);
        transitExposure = List.copyOf(transitExposure);
    }

    public record Pack(String name, String title, LocalDate asOf, String home, String homeName) {}

    /**
     * A footnote. {@code kind} is {@code source} (pack rows; {@code sourceIds} resolve through the sources list)
     * or {@code engine} (a computation; {@code text} names the engine and its parameters).
     */
    public record Note(
            int number, String kind, String text, List<String> sourceIds, String confidence, boolean illustrative) {
        public Note {
            sourceIds = List.copyOf(sourceIds);
        }
    }

    /** A row of the pack's sources.csv. */
    public record SourceRef(String id, String publisher, String title, String date, String url) {}

    // ------------------------------------------------------------ energy

    /**
     * @param disruption empty when the scenario cuts nothing
     * @param engineNote the note of the engine run (allocation, disruption, metrics)
     */
    public record Energy(
            int year,
            String base,
            List<Market> markets,
            double deliveredBcm,
            double hhiMarketsBefore,
            double hhiTransitBefore,
            Optional<Disruption> disruption,
            int engineNote,
            boolean transitHhiDefinedBefore,
            String transitReadingBefore,
            List<String> inputCaveats,
            List<GroupFigure> reportedGroups) {
        public Energy {
            markets = List.copyOf(markets);
            inputCaveats = List.copyOf(inputCaveats);
            reportedGroups = List.copyOf(reportedGroups);
        }
    }

    /**
     * A total a source publishes for several markets together (gas/reported-groups.csv), as reported, beside the
     * sum of those markets' modelled deliveries; {@code note} is the footnote of the group's row.
     */
    public record GroupFigure(
            String group, List<String> markets, double asReportedBcm, double modelledDeliveryBcm, int note) {
        public GroupFigure {
            markets = List.copyOf(markets);
        }
    }

    /**
     * A market's base delivery and what the disruption takes away ({@code lost*} 0 without a disruption).
     * {@code reportedNote} is the note of the reported delivery row (0 when the pack reports none).
     * {@code reportedBcm} is the delivery the model holds for the year (the pack's reading of the published
     * figure); {@code asReportedBcm} the figure as the source publishes it, where it has one. {@code lostBcm} is
     * the signed change (negative for a market that gains); {@code volumeLostBcm}, {@code volumeGainedBcm} and
     * {@code valueLostUsd} are each at least 0.
     */
    public record Market(
            String id,
            String name,
            String country,
            double baseBcm,
            double disruptedBcm,
            double lostBcm,
            double lostNetbackUsd,
            Optional<Double> reportedBcm,
            int reportedNote,
            Optional<Double> asReportedBcm,
            double volumeLostBcm,
            double volumeGainedBcm,
            double valueLostUsd) {}

    public record Disruption(
            String description,
            List<String> affectedArcs,
            double lostBcm,
            double lostNetbackUsd,
            double hhiMarketsAfter,
            double hhiTransitAfter,
            List<String> explanation,
            boolean transitHhiDefinedAfter,
            String transitReadingAfter) {
        public Disruption {
            affectedArcs = List.copyOf(affectedArcs);
            explanation = List.copyOf(explanation);
        }
    }

    // ------------------------------------------------------------ relations

    public record Relations(
            String home, List<DyadMediators> dyads, List<Tie> strongest, List<Tie> weakest, int engineNote) {
        public Relations {
            dyads = List.copyOf(dyads);
            strongest = List.copyOf(strongest);
            weakest = List.copyOf(weakest);
        }
    }

    public record DyadMediators(
            String a, String aName, String b, String bName, double dyadScore, List<Mediator> mediators) {
        public DyadMediators {
            mediators = List.copyOf(mediators);
        }
    }

    /** A ranked mediator, its components (name to value in [0,1]), bias, and the note of its evidence. */
    public record Mediator(
            int rank,
            String state,
            String name,
            double score,
            List<Component> components,
            double bias,
            String leansTo,
            List<String> evidence,
            int note) {
        public Mediator {
            components = List.copyOf(components);
            evidence = List.copyOf(evidence);
        }
    }

    public record Component(String name, double value, double weight, double points) {}

    public record Tie(String partner, String name, double score, double shift) {}

    // ------------------------------------------------------------ rebuild

    /**
     * Needs low/central/high against the reference figure (empty when the pack has none) and against the published
     * asset groups ({@code groups}: each compared with the pack's sectors of the same scope).
     */
    public record Rebuild(
            double lowUsd,
            double centralUsd,
            double highUsd,
            Optional<Reference> reference,
            List<Share> sectors,
            List<Share> regions,
            int engineNote,
            List<Reference> groups) {
        public Rebuild {
            sectors = List.copyOf(sectors);
            regions = List.copyOf(regions);
            groups = List.copyOf(groups);
        }
    }

    /**
     * The published total and the pack's part of the same scope ({@code comparedWith}, e.g. "all sectors but
     * clearance"): coverage = packCentralUsd / centralUsd.
     */
    public record Reference(
            String id,
            String name,
            int year,
            Optional<Double> lowUsd,
            double centralUsd,
            Optional<Double> highUsd,
            double coveragePercent,
            String assessment,
            int note,
            String comparedWith,
            double packCentralUsd) {}

    /** A sector or governorate: its id, name, low/central/high USD and the note of its input rows. */
    public record Share(String id, String name, double lowUsd, double centralUsd, double highUsd, int note) {}
}
