package dev.crossroads.rebuild.needs;

import java.util.List;
import java.util.Optional;

/**
 * A needs assessment in the manner of the RDNA (World Bank / EU / UN): damage x unit cost per region and asset
 * class, low / central / high, totalled by RDNA sector and group, and compared with published totals.
 *
 * @param unpriced asset classes with damage but no unit cost (left out of the totals)
 */
public record Needs(
        List<Line> lines,
        List<Total> sectors,
        List<Total> groups,
        Total total,
        List<ReferenceComparison> references,
        List<String> unpriced) {
    public Needs {
        lines = List.copyOf(lines);
        sectors = List.copyOf(sectors);
        groups = List.copyOf(groups);
        references = List.copyOf(references);
        unpriced = List.copyOf(unpriced);
    }

    /** Need for one asset class in one region. */
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
            String confidence) {}

    /** A total over lines (a sector, a group, or everything). */
    public record Total(String group, String sector, double lowUsd, double centralUsd, double highUsd) {}

    /**
     * The pack's estimate against a published figure for the same country: {@code comparedWith} names the part of
     * the pack's estimate that matches the figure's scope (total, a group or sector, or {@code none} for damage and
     * event figures that are not needs); coverage = pack central / reference central, in percent.
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
            String assessment) {}
}
