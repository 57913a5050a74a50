package dev.crossroads.relations.projection;

import dev.crossroads.relations.RelationsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a scenario says the hub gives another state: gas delivered to a market in that state ({@code GAS_DELIVERY},
 * amount in {@code bcm}), or a reconstruction package it funds ({@code PACKAGE_FUNDED}) or builds
 * ({@code PACKAGE_BUILT}), amount in {@code USD}. {@code date}: when the contribution is made (a delivery year's
 * first day, a package's start). {@code provenance}: the scenario field or engine run it comes from.
 */
public record HubContribution(
        String id,
        Kind kind,
        String hub,
        String recipient,
        LocalDate date,
        double amount,
        String unit,
        String label,
        List<String> provenance) {
    /** The kinds of contribution, each with its unit and its CAMEO code (the code's Goldstein score applies). */
    public enum Kind {
        /** Gas delivered to the recipient's market: CAMEO 061, cooperate economically (as the pack codes the Kilis flow). */
        GAS_DELIVERY("bcm", "061"),
        /** A package the hub pays for: CAMEO 071, provide economic aid. */
        PACKAGE_FUNDED("USD", "071"),
        /** A package the hub's agencies or firms build (paid by others): CAMEO 061, cooperate economically. */
        PACKAGE_BUILT("USD", "061");

        private final String unit;
        private final String cameo;

        Kind(String unit, String cameo) {
            this.unit = unit;
            this.cameo = cameo;
        }

        public String unit() {
            return unit;
        }

        public String cameo() {
            return cameo;
        }
    }

    public HubContribution {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) {
            throw new RelationsException("contribution id '" + id + "' must be letters, digits, '.', '_', ':' or '-'");
        }
        if (kind == null) {
            throw new RelationsException(
                    "contribution " + id + ": kind is required (GAS_DELIVERY, PACKAGE_FUNDED, PACKAGE_BUILT)");
        }
        for (String[] f : new String[][] {{"hub", hub}, {"recipient", recipient}}) {
            if (f[1] == null || !f[1].matches("[A-Z]{3}")) {
                throw new RelationsException(
                        "contribution " + id + ": " + f[0] + " '" + f[1] + "' is not an ISO 3166-1 alpha-3 code");
            }
        }
        if (hub.equals(recipient)) {
            throw new RelationsException("contribution " + id + ": the hub " + hub + " cannot contribute to itself");
        }
        if (date == null) {
            throw new RelationsException("contribution " + id + ": date is required");
        }
        if (!(amount > 0) || !Double.isFinite(amount)) {
            throw new RelationsException("contribution " + id + ": amount must be a positive number, got " + amount);
        }
        if (unit == null || !unit.toLowerCase(Locale.ROOT).equals(kind.unit().toLowerCase(Locale.ROOT))) {
            throw new RelationsException("contribution " + id + ": a " + kind + " is measured in " + kind.unit()
                    + ", got unit '" + unit + "'");
        }
        unit = kind.unit();
        label = label == null ? "" : label.strip();
        provenance = List.copyOf(provenance);
    }
}
