package dev.crossroads.energy;

import java.util.List;

/**
 * The allocation of a network's gas for one year: what each market gets, what each arc carries, the netback,
 * and why (the binding constraints with their shadow prices). When contract minimums cannot all be met the
 * status is {@code CONTRACTS_UNMET} and {@link #shortfalls} names the contracts and the saturated capacities.
 *
 * <p>{@code deliveredBcm} includes in-kind transit fees delivered to a market of the transit country
 * ({@code feeDeliveredBcm}); {@code feeLossBcm} is fee gas no market receives, so that
 * {@code producedBcm = deliveredBcm + feeLossBcm}.
 *
 * <p>Shadow prices are in USD per kcm, which is also million USD per bcm: the netback one more bcm of that
 * capacity (or demand) would add.
 */
public record AllocationResult(
        String network,
        int year,
        Status status,
        double netbackUsd,
        double producedBcm,
        double deliveredBcm,
        double feeLossBcm,
        double feeDeliveredBcm,
        List<MarketDelivery> deliveries,
        List<ArcFlow> flows,
        List<SourceOutput> supplies,
        List<BindingConstraint> bindingConstraints,
        List<ContractShortfall> shortfalls,
        List<String> explanation,
        double solveMillis) {
    public AllocationResult {
        deliveries = List.copyOf(deliveries);
        flows = List.copyOf(flows);
        supplies = List.copyOf(supplies);
        bindingConstraints = List.copyOf(bindingConstraints);
        shortfalls = List.copyOf(shortfalls);
        explanation = List.copyOf(explanation);
    }

    public enum Status {
        OPTIMAL,
        CONTRACTS_UNMET
    }

    /**
     * A market's delivery, including {@code feeReceivedBcm} of in-kind transit fees (on which the exporter earns
     * nothing). {@code revenueUsd} and {@code netbackUsd} (revenue less the tariffs, fee losses and field costs)
     * are on the gas bought, {@code deliveredBcm - feeReceivedBcm}.
     */
    public record MarketDelivery(
            String market,
            String name,
            String country,
            double deliveredBcm,
            double feeReceivedBcm,
            double demandCapBcm,
            double contractMinBcm,
            double priceUsdPerKcm,
            double revenueUsd,
            double netbackUsd,
            double shadowPriceUsdPerKcm) {}

    /** Flow on an arc: {@code flowBcm} enters, {@code deliveredBcm = (1 - fee) flowBcm} leaves. */
    public record ArcFlow(
            String arc,
            String kind,
            String from,
            String to,
            String country,
            double flowBcm,
            double deliveredBcm,
            double capacityBcm,
            double utilisation,
            double tariffUsd,
            double shadowPriceUsdPerKcm) {}

    public record SourceOutput(
            String source,
            String node,
            double producedBcm,
            double capacityBcm,
            double costUsd,
            double shadowPriceUsdPerKcm) {}

    /**
     * A constraint at its limit. {@code kind}: {@code arcCapacity}, {@code supply}, {@code demandCap} or
     * {@code contractMinimum}.
     */
    public record BindingConstraint(
            String kind, String id, double limitBcm, double shadowPriceUsdPerKcm, String meaning) {}

    /** A market whose contract minimums the network cannot meet, with the capacities that stop it. */
    public record ContractShortfall(
            String market,
            List<String> contracts,
            double requiredBcm,
            double deliveredBcm,
            double shortfallBcm,
            List<String> saturatedArcs,
            List<String> exhaustedSources,
            String explanation) {
        public ContractShortfall {
            contracts = List.copyOf(contracts);
            saturatedArcs = List.copyOf(saturatedArcs);
            exhaustedSources = List.copyOf(exhaustedSources);
        }
    }

    public MarketDelivery delivery(String market) {
        return deliveries.stream()
                .filter(d -> d.market().equals(market))
                .findFirst()
                .orElseThrow(() -> new EnergyException("no market " + market + " in " + network));
    }
}
