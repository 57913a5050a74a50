package dev.crossroads.energy;

import static dev.crossroads.energy.Numbers.TOL;
import static dev.crossroads.energy.Numbers.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Diversification: HHI over export markets and over transit countries, for the base case or under a disruption. */
final class DiversificationMetrics {
    private DiversificationMetrics() {}

    /**
     * HHI over markets and over transit countries. Markets in {@code homeCountry} (the hub state's own country,
     * such as its domestic market or an exclave) are domestic: left out of the market HHI and of the export volume.
     */
    static Diversification metrics(GasNetwork network, Optional<Disruption> disruption, Optional<String> homeCountry) {
        AllocationResult r;
        if (disruption.isPresent()) {
            r = Disruptions.disrupt(network, disruption.get()).disrupted();
        } else {
            try (Allocation lp = new Allocation(network)) {
                r = AllocationReport.report(lp, lp.solve());
            }
        }
        return of(network, r, disruption.map(Disruption::describe).orElse("base case"), homeCountry);
    }

    /**
     * The diversification of an allocation already solved on {@code network} (the base case's, or a disruption's
     * {@link DisruptionResult#disrupted()}), so that a caller holding the result does not solve again.
     */
    static Diversification of(
            GasNetwork network, AllocationResult result, String scenario, Optional<String> homeCountry) {
        FlowTrace trace = FlowTrace.of(network, result);
        double[] delivered = new double[network.sinks().size()];
        double[] boughtBcm = new double[network.sinks().size()];
        for (int m = 0; m < delivered.length; m++) {
            AllocationResult.MarketDelivery md =
                    result.delivery(network.sinks().get(m).id());
            delivered[m] = md.deliveredBcm();
            boughtBcm[m] = md.deliveredBcm() - md.feeReceivedBcm();
        }
        Set<String> producers = new LinkedHashSet<>();
        network.sources().forEach(s -> producers.add(s.country()));
        // when the home country produces, only its own gas is exported: gas of other producers carried by the
        // network (a third party's supply to a market) is left out of exports, market shares and transit
        boolean ownGasOnly = homeCountry.isPresent() && producers.contains(homeCountry.get());
        double[] own = new double[network.sinks().size()];
        double total = 0;
        double exports = 0;
        List<String> domestic = new ArrayList<>();
        for (int m = 0; m < network.sinks().size(); m++) {
            GasNetwork.Sink s = network.sinks().get(m);
            double v = Math.max(0, delivered[m]);
            own[m] = ownGasOnly
                    ? trace.originShare.get(trace.nodeIndex.get(s.node())).getOrDefault(homeCountry.get(), 0.0)
                    : 1;
            total += v;
            if (homeCountry.isPresent() && s.country().equals(homeCountry.get())) {
                domestic.add(s.id());
            } else {
                exports += v * own[m];
            }
        }
        List<Diversification.MarketShare> markets = new ArrayList<>();
        Map<String, Double> through = new TreeMap<>();
        double hhiM = 0;
        for (int m = 0; m < network.sinks().size(); m++) {
            GasNetwork.Sink s = network.sinks().get(m);
            double v = Math.max(0, clean(delivered[m]));
            boolean isDomestic = domestic.contains(s.id());
            double share = isDomestic || exports <= TOL ? 0 : v * own[m] / exports;
            hhiM += Math.pow(share * 100, 2);
            markets.add(new Diversification.MarketShare(
                    s.id(), s.country(), v, share, isDomestic, isDomestic ? 0 : clean(v * own[m])));
            // fee gas never crossed a transit country: only the gas bought at the node is traced
            double bought = Math.max(0, clean(boughtBcm[m])) * own[m];
            for (Map.Entry<String, Double> e :
                    trace.countryShare.get(trace.nodeIndex.get(s.node())).entrySet()) {
                if (!producers.contains(e.getKey()) && !e.getKey().equals(s.country())) {
                    through.merge(e.getKey(), bought * e.getValue(), Double::sum);
                }
            }
        }
        markets.sort(Comparator.comparingDouble((Diversification.MarketShare m) -> -m.deliveredBcm())
                .thenComparing(Diversification.MarketShare::market));
        double sumThrough =
                through.values().stream().mapToDouble(Double::doubleValue).sum();
        double hhiT = 0;
        List<Diversification.TransitShare> transit = new ArrayList<>();
        for (Map.Entry<String, Double> e : through.entrySet()) {
            if (e.getValue() <= 1e-9) {
                continue;
            }
            hhiT += Math.pow(e.getValue() / sumThrough * 100, 2);
            transit.add(new Diversification.TransitShare(
                    e.getKey(), e.getValue(), exports > TOL ? e.getValue() / exports : 0));
        }
        transit.sort(Comparator.comparingDouble((Diversification.TransitShare t) -> -t.volumeBcm())
                .thenComparing(Diversification.TransitShare::country));
        return new Diversification(scenario, total, exports, hhiM, hhiT, domestic, markets, transit);
    }
}
