package dev.crossroads.rebuild.needs;

import java.util.List;
import java.util.Optional;

/**
 * A needs assessment in the manner of the RDNA (World Bank / EU / UN): damage x unit cost per region and asset
 * class, low / central / high, totalled by RDNA sector and group, and compared with published totals of the same
 * scope.
 *
 * @param coverage per sector of the pack (every sector with an asset class, rows or not): how much of the narrowest
 *     published figure whose scope holds the sector the pack's rows make up, and how much of that is illustrative
 * @param unpriced asset classes with damage but no unit cost (left out of the totals)
 */
public record Needs(
        List<Line> lines,
        List<Total> sectors,
        List<Total> groups,
        Total total,
        List<ReferenceComparison> references,
        List<SectorCoverage> coverage,
        List<String> unpriced) {
    public Needs {
        lines = List.copyOf(lines);
        sectors = List.copyOf(sectors);
        groups = List.copyOf(groups);
        references = List.copyOf(references);
        coverage = List.copyOf(coverage);
        unpriced = List.copyOf(unpriced);
    }

    /**
     * Need for one asset class in one region.
     *
     * @param confidence the damage row's confidence
     * @param costConfidence the unit cost row's confidence
     */
    public record Line(
            String region,
            String regionName,
            String assetClass,
            String assetClassName,
            String sector,
            String group,
            String unit,
            double damagedLow,
            double damagedCentral,
            double damagedHigh,
            double lowUsd,
            double centralUsd,
            double highUsd,
            String confidence,
            String costConfidence) {
        /** True when the damage count or the unit cost is an illustrative placeholder. */
        public boolean illustrative() {
            return confidence.equals("illustrative") || costConfidence.equals("illustrative");
        }
    }

    /** A total over lines (a sector, a group, or everything). */
    public record Total(String group, String sector, double lowUsd, double centralUsd, double highUsd) {}

    /**
     * The pack's estimate against a published figure for the same country, like with like: {@code kind} is
     * {@code total} (all the pack's sectors that fall in one of the published asset groups), {@code group} (one
     * World Bank asset group: residential, non-residential or infrastructure), {@code sector} (one RDNA sector) or
     * {@code none} (a damage or single-event figure, not a needs estimate: not compared); {@code sectors} lists the
     * pack's sectors summed, {@code comparedWith} says so in words; coverage = pack central / reference central, in
     * percent; {@code outsideCentralUsd} is the pack's central in sectors the figure's scope leaves out (clearance for
     * the World Bank's total).
     */
    public record ReferenceComparison(
            String id,
            String name,
            String country,
            int year,
            Optional<Double> lowUsd,
            double centralUsd,
            Optional<Double> highUsd,
            String comparedWith,
            double packLowUsd,
            double packCentralUsd,
            double packHighUsd,
            boolean comparable,
            double coveragePercent,
            String assessment,
            String kind,
            List<String> sectors,
            double outsideCentralUsd) {
        public ReferenceComparison {
            sectors = List.copyOf(sectors);
        }
    }

    /**
     * One sector of the pack against the narrowest published figure whose scope holds it (a sector figure, else the
     * World Bank asset group, else the total): the pack's rows in the sector, the part of their central that rests
     * on an illustrative damage count or unit cost, and the share of the figure the rows make up. A sector with no
     * rows shows 0 and says so.
     *
     * @param referenceGroup the World Bank asset group the sector falls in ({@code residential},
     *     {@code non_residential}, {@code infrastructure}) or {@code none} (clearance)
     */
    public record SectorCoverage(
            String sector,
            String group,
            String referenceGroup,
            int lines,
            double lowUsd,
            double centralUsd,
            double highUsd,
            double illustrativeCentralUsd,
            Optional<String> referenceId,
            Optional<String> referenceName,
            double referenceCentralUsd,
            double coveragePercent,
            String note) {}
}
