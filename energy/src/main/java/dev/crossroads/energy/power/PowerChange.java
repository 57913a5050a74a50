package dev.crossroads.energy.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What a scenario does to the power supply against a base: MW lost (negative: gained) per region and in
 * total, each region's change explained by the plants whose gas changed. Build it with {@link #between}.
 */
public record PowerChange(
        int year,
        double baseAvailableMw,
        double availableMw,
        double lostMw,
        List<RegionChange> regions,
        List<String> explanation) {
    public PowerChange {
        regions = List.copyOf(regions);
        explanation = List.copyOf(explanation);
    }

    /** One region: available MW and share of demand served in the base and in the scenario. */
    public record RegionChange(
            String region,
            String name,
            double baseAvailableMw,
            double availableMw,
            double lostMw,
            OptionalDouble baseShareServed,
            OptionalDouble shareServed,
            String explanation) {}

    /** The change from {@code base} to {@code scenario} (two results of the same plants and year). */
    public static PowerChange between(PowerResult base, PowerResult scenario) {
        List<RegionChange> out = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        for (PowerResult.RegionSupply b : base.regions()) {
            PowerResult.RegionSupply s = scenario.region(b.region()).orElse(null);
            double mw = s == null ? 0 : s.availableMw();
            double lost = b.availableMw() - mw;
            List<String> because = new ArrayList<>();
            for (String id : b.plants()) {
                PowerResult.PlantSupply pb = base.plant(id).orElseThrow();
                PowerResult.PlantSupply ps = scenario.plant(id).orElse(null);
                double after = ps == null ? 0 : ps.sustainedMw();
                if (Math.abs(pb.sustainedMw() - after) > 1e-6) {
                    because.add(String.format(
                            Locale.ROOT,
                            "%s %.1f -> %.1f MW%s",
                            id,
                            pb.sustainedMw(),
                            after,
                            pb.gasNode().isPresent() && ps != null
                                    ? String.format(
                                            Locale.ROOT,
                                            " (gas at %s: %.3f -> %.3f bcm burnt)",
                                            pb.gasNode().get(),
                                            pb.gasUsedBcm(),
                                            ps.gasUsedBcm())
                                    : ""));
                }
            }
            String why = because.isEmpty() ? "no change" : String.join("; ", because);
            OptionalDouble shareAfter = s == null ? OptionalDouble.empty() : s.shareServed();
            out.add(new RegionChange(
                    b.region(), b.name(), b.availableMw(), mw, lost, b.shareServed(), shareAfter, why));
            if (Math.abs(lost) > 1e-6) {
                explanation.add(String.format(
                        Locale.ROOT,
                        "%s (%s) %s %.1f MW: %.1f -> %.1f MW%s; %s.",
                        b.region(),
                        b.name(),
                        lost > 0 ? "loses" : "gains",
                        Math.abs(lost),
                        b.availableMw(),
                        mw,
                        b.shareServed().isPresent() && shareAfter.isPresent()
                                ? String.format(
                                        Locale.ROOT,
                                        ", share of demand served %.2f -> %.2f",
                                        b.shareServed().getAsDouble(),
                                        shareAfter.getAsDouble())
                                : "",
                        why));
            }
        }
        double lostTotal = base.availableMw() - scenario.availableMw();
        explanation.add(
                0,
                String.format(
                        Locale.ROOT,
                        "%d: %.1f MW sustained in the base, %.1f in the scenario (%s %.1f MW).",
                        base.year(),
                        base.availableMw(),
                        scenario.availableMw(),
                        lostTotal >= 0 ? "lost" : "gained",
                        Math.abs(lostTotal)));
        return new PowerChange(base.year(), base.availableMw(), scenario.availableMw(), lostTotal, out, explanation);
    }

    public RegionChange region(String id) {
        return regions.stream()
                .filter(r -> r.region().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new dev.crossroads.energy.EnergyException("no region " + id + " in the power supply"));
    }
}
