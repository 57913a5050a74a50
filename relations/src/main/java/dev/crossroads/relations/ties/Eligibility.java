package dev.crossroads.relations.ties;

import java.util.Locale;

/**
 * Whether a partner may take a package in a host country at a date: it may, unless its tie with the host is
 * hostile ({@link TieClass#HOSTILE}). A partner of the host's own country is always eligible (no tie to read).
 * {@code reason} says why, with the figures.
 */
public record Eligibility(
        String partnerId,
        String partnerName,
        String partnerCountry,
        String host,
        boolean eligible,
        java.util.Optional<TieReading> tie,
        String reason) {
    static Eligibility of(String id, String name, String country, String host, java.util.Optional<TieReading> tie) {
        if (tie.isEmpty()) {
            return new Eligibility(
                    id, name, country, host, true, tie, name + " is of the host country " + host + ": eligible");
        }
        TieReading t = tie.get();
        boolean ok = t.tieClass() != TieClass.HOSTILE;
        String reason = String.format(
                Locale.ROOT,
                "%s-%s tie %+.2f on %s is %s (hostile at or below %+.2f): %s",
                country,
                host,
                t.tie(),
                t.at(),
                t.tieClass().name().toLowerCase(Locale.ROOT),
                t.thresholds().hostileAtOrBelow(),
                ok ? "eligible" : "not eligible to work in " + host);
        return new Eligibility(id, name, country, host, ok, tie, reason);
    }
}
