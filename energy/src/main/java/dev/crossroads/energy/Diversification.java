package dev.crossroads.energy;

import java.util.List;

/**
 * How concentrated the exports are. HHI on the 0..10000 scale (sum of squared percentage shares): over markets
 * by delivered volume, and over transit countries by the volume crossing each (normalised to shares of the
 * total crossing). {@code shareOfExports} is the share of delivered gas that crossed the country on its way
 * (a delivery can cross several, so these need not sum to one). Countries of the producing fields and the
 * market's own country are not transit countries for a delivery.
 */
public record Diversification(String scenario, double deliveredBcm, double hhiMarkets, double hhiTransitCountries,
                              List<MarketShare> markets, List<TransitShare> transitCountries) {
    public Diversification {
        markets = List.copyOf(markets);
        transitCountries = List.copyOf(transitCountries);
    }

    public record MarketShare(String market, String country, double deliveredBcm, double share) {
    }

    public record TransitShare(String country, double volumeBcm, double shareOfExports) {
    }
}
