package dev.crossroads.relations.ties;

import dev.crossroads.core.model.TieThresholds;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.relations.ledger.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ties read against thresholds: one dyad, partner eligibility, the hub's tie with each transit country. */
public final class Ties {
    private Ties() {}

    public static TieReading tie(Ledger ledger, String a, String b, LocalDate at, TieThresholds thresholds) {
        return TieReading.of(ledger.score(a, b, at), thresholds);
    }

    /** Whether {@code partner} may work in {@code host} at {@code at}: its tie with the host is not hostile. */
    public static Eligibility eligibility(
            Ledger ledger, Partner partner, String host, LocalDate at, TieThresholds thresholds) {
        Optional<TieReading> t = partner.country().equals(host)
                ? Optional.empty()
                : Optional.of(tie(ledger, partner.country(), host, at, thresholds));
        return Eligibility.of(partner.id(), partner.name(), partner.country(), host, t);
    }

    /** The hub's tie with each transit country (in the order given, without repeats or the hub itself). */
    public static List<TieReading> transit(
            Ledger ledger, String hub, List<String> transitCountries, LocalDate at, TieThresholds thresholds) {
        List<TieReading> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String c : transitCountries) {
            if (!c.equals(hub) && seen.add(c)) {
                out.add(tie(ledger, hub, c, at, thresholds));
            }
        }
        return out;
    }
}
