package dev.crossroads.scenario;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.gas.Swap;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.GasNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which inputs of a pack that are not sourced facts (illustrative placeholders, contested or unconfirmed figures)
 * decide an allocation's result, so that every output can say so beside the figures: the market prices that
 * split the gas the model is free to place, the pipeline capacities and demand caps that bind. One rule for the
 * CLI, the HTTP API and the Brief.
 */
public final class GasInputCaveats {
    /** Below this a market's free volume (above its minimum) is not worth a caveat. */
    static final double EPS_BCM = 0.005;

    private GasInputCaveats() {}

    /**
     * An input that decides a result though it is not a sourced fact.
     *
     * @param input what kind of input: {@code price}, {@code capacity} or {@code demandCap}
     * @param ids the markets or arcs it concerns
     * @param confidence the input's confidence in the pack (illustrative, conflict, unconfirmed)
     * @param file the pack file that holds it
     * @param text one sentence a reader of the result needs
     */
    public record Caveat(String input, List<String> ids, String confidence, String file, String text) {
        public Caveat {
            ids = List.copyOf(ids);
        }
    }

    /** The caveats of {@code result}, solved on {@code net} (a network of {@code pack}'s gas system). */
    public static List<Caveat> of(RegionPack pack, GasNetwork net, AllocationResult result) {
        List<Caveat> out = new ArrayList<>();
        // prices: they decide where the gas the model is free to place goes
        List<String> free = new ArrayList<>();
        List<String> priced = new ArrayList<>();
        String confidence = "";
        for (AllocationResult.MarketDelivery d : result.deliveries()) {
            Optional<Market> m = pack.gas().markets().stream()
                    .filter(x -> x.id().equals(d.market()))
                    .findFirst();
            if (m.isEmpty() || !m.get().priceUncertain()) {
                continue;
            }
            boolean placedByModel = d.deliveredBcm() > d.contractMinBcm() + EPS_BCM;
            if (placedByModel) {
                free.add(d.market());
                priced.add(String.format(Locale.ROOT, "%s $%.0f", d.market(), d.priceUsdPerKcm()));
                confidence = m.get().priceConfidence().code();
            }
        }
        if (!free.isEmpty()) {
            out.add(new Caveat(
                    "price",
                    free,
                    confidence,
                    "gas/markets.csv",
                    "Illustrative optimum: the volumes the model places freely (" + String.join(", ", free)
                            + ") follow market prices that are placeholders, not sourced (" + String.join(", ", priced)
                            + " per 1,000 m³; gas/markets.csv price_confidence " + confidence
                            + "); read them as what these prices imply, not as a forecast."));
        }
        // capacities and demand caps that bind
        for (AllocationResult.BindingConstraint b : result.bindingConstraints()) {
            if (b.kind().equals("arcCapacity")) {
                capacity(pack, net, b).ifPresent(out::add);
            } else if (b.kind().equals("demandCap")) {
                pack.gas().markets().stream()
                        .filter(x -> x.id().equals(b.id()))
                        .findFirst()
                        .filter(x -> uncertain(x.provenance().confidence()))
                        .ifPresent(x -> out.add(new Caveat(
                                "demandCap",
                                List.of(x.id()),
                                x.provenance().confidence().code(),
                                "gas/markets.csv",
                                String.format(
                                        Locale.ROOT,
                                        "%s takes all it can at a demand cap of %.2f bcm that is %s (gas/markets.csv),"
                                                + " so its volume is the cap's, not a sourced figure.",
                                        x.id(),
                                        b.limitBcm(),
                                        x.provenance().confidence().code()))));
            }
        }
        return out;
    }

    private static Optional<Caveat> capacity(RegionPack pack, GasNetwork net, AllocationResult.BindingConstraint b) {
        Optional<Pipeline> p = pack.gas().pipelines().stream()
                .filter(x -> x.id().equals(b.id()))
                .findFirst();
        Provenance prov;
        String file;
        if (p.isPresent()) {
            prov = pack.gas().capacityProvenanceIn(p.get(), net.year());
            file = prov == p.get().provenance() ? "gas/pipelines.csv" : "gas/expansions.csv";
        } else {
            Optional<Swap> s = pack.gas().swaps().stream()
                    .filter(x -> x.id().equals(b.id()))
                    .findFirst();
            if (s.isEmpty()) {
                return Optional.empty();
            }
            prov = s.get().provenance();
            file = "gas/swaps.csv";
        }
        if (!uncertain(prov.confidence())) {
            return Optional.empty();
        }
        String note = prov.note().length() > 240 ? prov.note().substring(0, 237) + "..." : prov.note();
        return Optional.of(new Caveat(
                "capacity",
                List.of(b.id()),
                prov.confidence().code(),
                file,
                String.format(
                        Locale.ROOT,
                        "%s binds at a capacity of %.2f bcm/y that is %s in %s%s: %s",
                        b.id(),
                        b.limitBcm(),
                        prov.confidence().code(),
                        file,
                        prov.sourceIds().isEmpty() ? "" : " (" + String.join(", ", prov.sourceIds()) + ")",
                        note)));
    }

    static boolean uncertain(Confidence c) {
        return c == Confidence.ILLUSTRATIVE || c == Confidence.CONFLICT || c == Confidence.UNCONFIRMED;
    }
}
