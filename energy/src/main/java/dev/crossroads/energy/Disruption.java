package dev.crossroads.energy;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A disruption scenario: arcs (by arc or element id) and nodes cut or derated, and/or every arc lying in a
 * transit country, from a date. {@code remainingShare} is the share of capacity left (0 = cut). A disruption
 * starting within the network's year counts for the part of the year it lasts (from 1 July: half the
 * capacity lost); one starting after the year does not count; one starting before (or no date) counts fully.
 *
 * @param cuts            arc, element or node ids
 * @param transitCountries ISO3 codes: every arc lying in the country (pipelines there, swaps via it)
 */
public record Disruption(
        List<String> cuts, List<String> transitCountries, double remainingShare, Optional<LocalDate> from) {
    public Disruption {
        cuts = Checks.list("cuts", cuts);
        transitCountries = Checks.list("transitCountries", transitCountries);
        transitCountries.forEach(c -> Checks.iso3("transit", c));
        Checks.between("remainingShare", remainingShare, 0, 1);
        Checks.present("from", from);
        if (cuts.isEmpty() && transitCountries.isEmpty()) {
            throw new ModelException("cuts", "a disruption needs at least one arc, node or transit country to cut");
        }
    }

    public static Disruption cut(String... ids) {
        return new Disruption(List.of(ids), List.of(), 0, Optional.empty());
    }

    public static Disruption transit(String iso3) {
        return new Disruption(List.of(), List.of(iso3), 0, Optional.empty());
    }

    /** The share of the capacity left over the whole of {@code year}. */
    double remainingIn(int year) {
        if (from.isEmpty() || from.get().getYear() < year) {
            return remainingShare;
        }
        if (from.get().getYear() > year) {
            return 1;
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        double days = start.lengthOfYear();
        double before = from.get().getDayOfYear() - 1;
        double activeShare = (days - before) / days;
        return 1 - activeShare * (1 - remainingShare);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!cuts.isEmpty()) {
            sb.append(remainingShare == 0 ? "cut " : "derate to " + Math.round(remainingShare * 100) + "%: ")
                    .append(String.join(", ", cuts));
        }
        if (!transitCountries.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "")
                    .append(remainingShare == 0 ? "everything through " : "derate everything through ")
                    .append(String.join(", ", transitCountries));
        }
        from.ifPresent(d -> sb.append(" from ").append(d));
        return sb.toString();
    }
}
