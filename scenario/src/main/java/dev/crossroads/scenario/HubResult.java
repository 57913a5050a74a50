package dev.crossroads.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario run across the three pillars against its base case, and the chain from cause to effect. Every
 * figure carries what it rests on ({@code because}: the pack rows, scenario fields or engine runs behind it).
 *
 * @param timingsMs wall time per pillar in milliseconds, in the order they ran
 * @param illustrative the illustrative or conflicting pack inputs that shape the result, named
 */
public record HubResult(
        String scenario,
        int year,
        LocalDate at,
        Pillars pillars,
        List<ChainStep> chain,
        Map<String, Long> timingsMs,
        List<String> illustrative) {
    public HubResult {
        chain = List.copyOf(chain);
        timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
        illustrative = List.copyOf(illustrative);
    }

    /** The four pillars of a run. */
    public record Pillars(EnergyPillar energy, PowerPillar power, RebuildPillar rebuild, RelationsPillar relations) {}

    /** One step of the chain from cause to effect: a figure with its unit and what it rests on. */
    public record ChainStep(String pillar, String what, double value, String unit, String because) {}

    // ------------------------------------------------------------ energy

    /**
     * Gas per market, base case against scenario. {@code netbackChangeUsd} is the system's netback change (the
     * hub's revenue less costs and tariffs over all markets), a different figure from the value the markets lose.
     */
    public record EnergyPillar(
            String base,
            double baseDeliveredBcm,
            double scenarioDeliveredBcm,
            double baseNetbackUsd,
            double scenarioNetbackUsd,
            double netbackChangeUsd,
            List<MarketChange> markets,
            List<String> explanation) {
        public EnergyPillar {
            markets = List.copyOf(markets);
            explanation = List.copyOf(explanation);
        }
    }

    /** A market's gas in the base case and the scenario; {@code lostBcm} is never negative ({@code gainedBcm} then). */
    public record MarketChange(
            String market,
            String name,
            String country,
            double baseBcm,
            double scenarioBcm,
            double lostBcm,
            double gainedBcm,
            double lostValueUsd,
            Optional<Double> reportedBcm) {}

    // ------------------------------------------------------------ power

    /** Electricity the delivered gas sustains, per region, base against scenario. */
    public record PowerPillar(
            double baseAvailableMw,
            double availableMw,
            double demandMw,
            List<RegionPower> regions,
            List<String> constants) {
        public PowerPillar {
            regions = List.copyOf(regions);
            constants = List.copyOf(constants);
        }

        public static PowerPillar none() {
            return new PowerPillar(0, 0, 0, List.of(), List.of("the pack has no power/ section"));
        }
    }

    public record RegionPower(
            String region,
            String name,
            double baseAvailableMw,
            double availableMw,
            double demandMw,
            double baseShareServed,
            double shareServed,
            String because) {}

    // ------------------------------------------------------------ rebuild

    /**
     * Service restored per programme year (share of the population-weighted service the programme could restore),
     * base against scenario. {@code reoptimised} says whether the programme was solved again for the scenario or
     * the base plan was re-scored under the scenario's power.
     */
    public record RebuildPillar(
            boolean reoptimised,
            List<YearService> serviceByYear,
            int basePackages,
            int scenarioPackages,
            List<String> partners,
            List<String> notes) {
        public RebuildPillar {
            serviceByYear = List.copyOf(serviceByYear);
            partners = List.copyOf(partners);
            notes = List.copyOf(notes);
        }

        public static RebuildPillar none(String why) {
            return new RebuildPillar(false, List.of(), 0, 0, List.of(), List.of(why));
        }
    }

    public record YearService(int year, double basePercent, double scenarioPercent) {}

    // ------------------------------------------------------------ relations

    /** Ties of the hub and mediator rankings, base against scenario (with the scenario's projected events). */
    public record RelationsPillar(
            String home,
            List<TieChange> ties,
            List<DyadChange> dyads,
            List<String> projected,
            List<Exposure> transitExposure) {
        public RelationsPillar {
            ties = List.copyOf(ties);
            dyads = List.copyOf(dyads);
            projected = List.copyOf(projected);
            transitExposure = List.copyOf(transitExposure);
        }
    }

    public record TieChange(
            String a, String b, double baseScore, double scenarioScore, String baseClass, String scenarioClass) {}

    public record DyadChange(String a, String b, List<MediatorChange> mediators) {
        public DyadChange {
            mediators = List.copyOf(mediators);
        }
    }

    public record MediatorChange(
            String state,
            String name,
            int baseRank,
            int scenarioRank,
            double baseScore,
            double scenarioScore,
            List<ComponentChange> components) {
        public MediatorChange {
            components = List.copyOf(components);
        }
    }

    public record ComponentChange(String name, double baseValue, double scenarioValue) {}

    /** A transit country: the hub's tie with it and the value at stake if it closed. */
    public record Exposure(
            String country,
            String name,
            double tie,
            String tieClass,
            double valueAtStakeUsd,
            double volumeAtStakeBcm) {}
}
