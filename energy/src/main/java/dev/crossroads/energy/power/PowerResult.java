package dev.crossroads.energy.power;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The electricity the year's gas can sustain: per plant, per gas node, per region and in total, with the
 * constants used. {@code availableMw} (per region and in total) is the MW the plants can sustain with the gas
 * that reaches them; {@code capacityMw} the MW they could run with unlimited fuel; {@code shareServed}
 * = min(1, availableMw / demandMw). Regions are not linked by transmission; the totals pool them.
 */
public record PowerResult(
        int year,
        Constants constants,
        double availableMw,
        double capacityMw,
        double installedMw,
        double demandMw,
        OptionalDouble shareServed,
        double gasDeliveredBcm,
        double gasUsedBcm,
        List<RegionSupply> regions,
        List<PlantSupply> plants,
        List<NodeGas> nodes,
        List<String> explanation) {
    public PowerResult {
        regions = List.copyOf(regions);
        plants = List.copyOf(plants);
        nodes = List.copyOf(nodes);
        explanation = List.copyOf(explanation);
    }

    /**
     * The constants of the conversion. {@code mwPerBcmOfHeat} is the average thermal power of one bcm a year:
     * 1e9 m3 x calorific value (MJ/m3) / (hours per year x 3600 s); multiplied by a plant's efficiency it gives
     * the electric MW one bcm a year sustains. Both are 0 (and the sources empty) when the pack states no
     * calorific value, which it may only when no plant burns network gas; see {@link #stated()}.
     */
    public record Constants(
            double calorificValueMjPerM3,
            List<String> calorificValueSources,
            String calorificValueConfidence,
            double hoursPerYear,
            double mwPerBcmOfHeat) {
        public Constants {
            calorificValueSources = List.copyOf(calorificValueSources);
        }

        /** Whether the pack states a calorific value. */
        public boolean stated() {
            return calorificValueMjPerM3 > 0;
        }
    }

    /** Why a plant sustains what it does. */
    public enum Limit {
        /** Runs at its available MW: enough gas reaches it (or its fuel is not modelled). */
        CAPACITY,
        /** Runs below its available MW: the gas reaching its node is short. */
        FUEL,
        /** Has no available MW (damaged, under repair, planned). */
        NO_CAPACITY,
        /** Not a network-gas plant: counted at its available MW, its fuel is not modelled. */
        FUEL_NOT_MODELLED
    }

    /**
     * One plant. {@code gasNeededBcm}: the gas it needs to run at its available MW for the year;
     * {@code gasAllottedBcm}: what the merit order gives it of the gas reaching its node; {@code gasUsedBcm}: what
     * it burns; {@code loadFactor} = sustained / available.
     */
    public record PlantSupply(
            String id,
            String name,
            String region,
            String type,
            String fuel,
            Optional<String> gasNode,
            double installedMw,
            double availableMw,
            OptionalDouble efficiency,
            double gasNeededBcm,
            double gasAllottedBcm,
            double gasUsedBcm,
            double sustainedMw,
            double loadFactor,
            Limit limit,
            String explanation) {}

    /**
     * A gas node feeding plants: what it receives, what its plants need and use; {@code plants} in merit order
     * (most efficient first); {@code loadFactor} = used / needed.
     */
    public record NodeGas(
            String node,
            double deliveredBcm,
            double neededBcm,
            double usedBcm,
            double unusedBcm,
            double loadFactor,
            List<String> plants) {
        public NodeGas {
            plants = List.copyOf(plants);
        }
    }

    /**
     * One region. {@code demandMw} and {@code shareServed} are empty when the pack states no demand for it at or
     * before the year; {@code demandYear} is the year of the demand row used.
     */
    public record RegionSupply(
            String region,
            String name,
            double availableMw,
            double capacityMw,
            double installedMw,
            OptionalDouble demandMw,
            OptionalInt demandYear,
            OptionalDouble shareServed,
            double fuelLimitedMw,
            List<String> plants) {
        public RegionSupply {
            plants = List.copyOf(plants);
        }

        /** The share of demand served, or {@code unknown} when the pack states no demand. */
        public double shareServedOr(double unknown) {
            return shareServed.orElse(unknown);
        }
    }

    public Optional<RegionSupply> region(String id) {
        return regions.stream().filter(r -> r.region().equals(id)).findFirst();
    }

    public Optional<PlantSupply> plant(String id) {
        return plants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The available MW of a region, 0 when it has no plant. */
    public double availableMw(String region) {
        return region(region).map(RegionSupply::availableMw).orElse(0.0);
    }
}
