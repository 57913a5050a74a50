package dev.crossroads.relations.mediation;

import dev.crossroads.relations.ledger.Contribution;
import dev.crossroads.relations.ledger.Ledger;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mediator ranking for a dyad without and with a scenario's projected events, and, for every third party
 * whose rank or components moved, each component before and after with the projected events behind the change.
 * Components that rest on ties (reach, even-handedness, hostility) move when a projected event changes the
 * third party's tie with A or B; prior mediation moves when a projected event is a mediation it hosts.
 */
public record MediatorComparison(
        String a,
        String b,
        LocalDate at,
        MediatorRanking.Result reportedOnly,
        MediatorRanking.Result withProjected,
        List<Change> changes) {
    public MediatorComparison {
        changes = List.copyOf(changes);
    }

    /** One third party whose standing moved. {@code rankBefore}/{@code rankAfter} are 0 where it is not ranked. */
    public record Change(
            String state,
            String name,
            int rankBefore,
            int rankAfter,
            double scoreBefore,
            double scoreAfter,
            double tieToABefore,
            double tieToAAfter,
            double tieToBBefore,
            double tieToBAfter,
            List<ComponentChange> components) {
        public Change {
            components = List.copyOf(components);
        }
    }

    /**
     * One component before and after: value in [0, 1], points it adds to the score, the explanations, the
     * projected events that made the difference and a sentence saying why.
     */
    public record ComponentChange(
            String name,
            double valueBefore,
            double valueAfter,
            double pointsBefore,
            double pointsAfter,
            String explanationBefore,
            String explanationAfter,
            List<LedgerEvent> projectedEvents,
            String because) {
        public ComponentChange {
            projectedEvents = List.copyOf(projectedEvents);
        }

        public double pointsChange() {
            return pointsAfter - pointsBefore;
        }
    }

    private static final double EPS = 1e-9;

    static MediatorComparison of(Ledger withProjected, MediatorRanking.Result before, MediatorRanking.Result after) {
        Map<String, MediatorScore> was = new HashMap<>();
        before.ranking().forEach(s -> was.put(s.state(), s));
        List<Change> changes = new ArrayList<>();
        for (MediatorScore now : after.ranking()) {
            Optional<MediatorScore> then = Optional.ofNullable(was.get(now.state()));
            List<ComponentChange> cs = new ArrayList<>();
            List<LedgerEvent> tieEvents = projectedOnTies(withProjected, now.state(), after.a(), after.b(), after.at());
            for (Component c : now.components()) {
                Optional<Component> old = then.flatMap(t -> t.components().stream()
                        .filter(x -> x.name().equals(c.name()))
                        .findFirst());
                double vb = old.map(Component::value).orElse(0.0);
                double pb = old.map(Component::points).orElse(0.0);
                if (Math.abs(vb - c.value()) < EPS && old.isPresent()) {
                    continue;
                }
                List<LedgerEvent> why = switch (c.name()) {
                    case "reach", "evenHandedness", "hostility" -> tieEvents;
                    default ->
                        c.evidence().stream().filter(LedgerEvent::isProjected).toList();
                };
                String because = String.format(
                        Locale.ROOT,
                        "%s %.3f -> %.3f (%+.3f points): %s -> %s%s",
                        c.name(),
                        vb,
                        c.value(),
                        c.points() - pb,
                        old.map(Component::explanation).orElse("not ranked"),
                        c.explanation(),
                        why.isEmpty()
                                ? ""
                                : "; projected: "
                                        + String.join(
                                                "; ",
                                                why.stream()
                                                        .map(e -> e.id() + " (" + e.actor1() + "->" + e.actor2() + " "
                                                                + e.cameo() + " " + e.cameoName()
                                                                + String.format(
                                                                        Locale.ROOT, ", weight %.2f", e.weight())
                                                                + ")")
                                                        .toList()));
                cs.add(new ComponentChange(
                        c.name(),
                        vb,
                        c.value(),
                        pb,
                        c.points(),
                        old.map(Component::explanation).orElse("not ranked"),
                        c.explanation(),
                        why,
                        because));
            }
            int rb = then.map(MediatorScore::rank).orElse(0);
            if (!cs.isEmpty() || rb != now.rank()) {
                changes.add(new Change(
                        now.state(),
                        now.name(),
                        rb,
                        now.rank(),
                        then.map(MediatorScore::score).orElse(0.0),
                        now.score(),
                        then.map(MediatorScore::tieToA).orElse(0.0),
                        now.tieToA(),
                        then.map(MediatorScore::tieToB).orElse(0.0),
                        now.tieToB(),
                        cs));
            }
        }
        return new MediatorComparison(after.a(), after.b(), after.at(), before, after, changes);
    }

    /** The projected events that bear on C's ties with A or B at the date. */
    private static List<LedgerEvent> projectedOnTies(Ledger ledger, String c, String a, String b, LocalDate at) {
        List<LedgerEvent> out = new ArrayList<>();
        for (String side : List.of(a, b)) {
            ledger.contributions(c, side, at).stream()
                    .filter(Contribution::isProjected)
                    .map(Contribution::event)
                    .filter(e -> !out.contains(e))
                    .forEach(out::add);
        }
        return out;
    }
}
