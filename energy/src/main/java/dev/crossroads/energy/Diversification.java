package dev.crossroads.energy;

import java.util.List;

/**
 * How concentrated the exports are. HHI on the 0..10000 scale (sum of squared percentage shares): over export
 * markets by delivered volume, and over transit countries by the volume crossing each (normalised to shares of
 * the total crossing). Markets in the hub's home country ({@code domesticMarkets}, such as its own grid or an
 * exclave) are not exports: they have share 0 and are left out of {@code exportBcm} and the market HHI.
 * {@code shareOfExports} is the share of exported gas that crossed the country on its way (a delivery can cross
 * several, so these need not sum to one). Countries of the producing fields and the market's own country are
 * not transit countries for a delivery; in-kind transit-fee gas crosses none. When the home country produces gas
 * in the network, only its own gas counts as exports: another producer's gas the network carries (Qatari gas
 * to Syria through Jordan) is delivered ({@code deliveredBcm} of its market) but has export share 0 and crosses
 * no transit country of the hub's.
 */
public record Diversification(
        String scenario,
        double deliveredBcm,
        double exportBcm,
        double hhiMarkets,
        double hhiTransitCountries,
        List<String> domesticMarkets,
        List<MarketShare> markets,
        List<TransitShare> transitCountries,
        boolean transitHhiDefined,
        String transitReading) {
    public Diversification {
        domesticMarkets = List.copyOf(domesticMarkets);
        markets = List.copyOf(markets);
        transitCountries = List.copyOf(transitCountries);
        transitReading = transitReading == null ? "" : transitReading;
    }

    /**
     * As the canonical constructor, with {@code transitHhiDefined} and {@code transitReading} derived: the transit
     * HHI is defined only when some exported gas crosses a transit country. With none crossing it is 0 by
     * convention, which must not read as perfect diversification: the reading says so in words.
     */
    public Diversification(
            String scenario,
            double deliveredBcm,
            double exportBcm,
            double hhiMarkets,
            double hhiTransitCountries,
            List<String> domesticMarkets,
            List<MarketShare> markets,
            List<TransitShare> transitCountries) {
        this(
                scenario,
                deliveredBcm,
                exportBcm,
                hhiMarkets,
                hhiTransitCountries,
                domesticMarkets,
                markets,
                transitCountries,
                !transitCountries.isEmpty(),
                transitReading(hhiTransitCountries, transitCountries, exportBcm));
    }

    /** The transit HHI in words: its band, or why there is none. */
    static String transitReading(double hhi, List<TransitShare> transit, double exportBcm) {
        if (exportBcm <= 1e-9) {
            return "no exports, so the transit HHI is undefined (0 in the data)";
        }
        if (transit.isEmpty()) {
            return "no exported gas crosses a transit country, so the transit HHI is undefined; the 0 in the data is"
                    + " not diversification: what is still exported goes only to neighbours";
        }
        if (transit.size() == 1) {
            return "all transit through one country (" + transit.get(0).country() + "): fully concentrated";
        }
        return hhi > 2500 ? "highly concentrated" : hhi > 1500 ? "moderately concentrated" : "unconcentrated";
    }

    /**
     * {@code share} is of exports (0 for a domestic market); {@code exportBcm} is the part of {@code deliveredBcm}
     * that counts as the hub's exports (0 for a domestic market or another producer's gas).
     */
    public record MarketShare(
            String market, String country, double deliveredBcm, double share, boolean domestic, double exportBcm) {}

    public record TransitShare(String country, double volumeBcm, double shareOfExports) {}
}
