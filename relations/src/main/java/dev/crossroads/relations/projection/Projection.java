package dev.crossroads.relations.projection;

import dev.crossroads.core.Confidence;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a scenario's contributions of the hub into projected ledger events: hub does the kind's CAMEO code
 * (061 cooperate economically for gas and built packages, 071 provide economic aid for funded ones) to the
 * recipient on the contribution's date, with that code's Goldstein score from the CAMEO table and a weight
 * scaled by size ({@link ProjectionScale}). Projected events have origin {@code PROJECTED}, confidence
 * {@code DERIVED}, ids {@code p-<contribution id>}, and are never mixed with reported ones. No probability is
 * attached: the scenario says the contribution is made; the projection says what it would add if it were.
 * A pure function.
 */
public final class Projection {
    private Projection() {}

    public static List<LedgerEvent> project(List<HubContribution> contributions, ProjectionScale scale) {
        Cameo cameo = Cameo.standard();
        List<LedgerEvent> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (HubContribution c : contributions) {
            if (!ids.add(c.id())) {
                throw new dev.crossroads.relations.RelationsException(
                        "contribution id " + c.id() + " is given twice: ids must be unique");
            }
            CameoCode code = cameo.require(c.kind().cameo());
            double weight = scale.weight(c);
            String amount = c.kind() == HubContribution.Kind.GAS_DELIVERY
                    ? String.format(Locale.ROOT, "%.3f bcm of gas", c.amount())
                    : String.format(
                            Locale.ROOT,
                            "a $%,.0f package %s",
                            c.amount(),
                            c.kind() == HubContribution.Kind.PACKAGE_FUNDED ? "funded" : "built");
            String text = String.format(
                    Locale.ROOT,
                    "PROJECTED (scenario, not reported): %s %s for %s%s",
                    c.hub(),
                    amount,
                    c.recipient(),
                    c.label().isEmpty() ? "" : " (" + c.label() + ")");
            List<String> prov = new ArrayList<>();
            prov.add("projected from scenario contribution " + c.id());
            prov.add(scale.describe(c) + String.format(Locale.ROOT, " = %.3f", weight));
            prov.addAll(c.provenance());
            out.add(new LedgerEvent(
                    "p-" + c.id(),
                    c.date(),
                    c.hub(),
                    c.recipient(),
                    java.util.Optional.empty(),
                    code.code(),
                    code.name(),
                    code.goldstein(),
                    code.quadClass(),
                    code.plover(),
                    Modality.ASSERTED,
                    weight,
                    LedgerEvent.Origin.PROJECTED,
                    text,
                    prov,
                    Confidence.DERIVED,
                    List.of()));
        }
        return out;
    }
}
