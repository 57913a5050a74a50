package dev.crossroads.relations.mediation;

import dev.crossroads.core.model.Country;
import dev.crossroads.relations.ledger.Contribution;
import dev.crossroads.relations.ledger.DyadScore;
import dev.crossroads.relations.ledger.Ledger;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks third parties for a dyad A-B at a date: every state with a baseline or an event with A or B.
 * Ties are the ledger's scores at the date squeezed into (-10, 10) by tie = 10 tanh(score / 10).
 * Components, each in [0, 1]:
 * <ul>
 * <li>reach: sqrt(max(0, tie(C,A)) * max(0, tie(C,B))) / 10, capped at 1: positive ties to both sides;</li>
 * <li>even-handedness: 1 - min(1, |tie(C,A) - tie(C,B)| / 10);</li>
 * <li>hostility (a penalty): min(1, (max(0, -tie(C,A)) + max(0, -tie(C,B))) / 10);</li>
 * <li>non-participation: 1 / (1 + n), n the weighted count (not decayed) of material-conflict events (quad
 * class 4) between C and A or B over the whole record the ledger holds up to the date: a state that fought in
 * the conflict years ago still took part in it;</li>
 * <li>prior mediation: 1 - exp(-x / 2), x the decayed, weighted count of happenings C hosted or mediated (the
 * event's {@code mediator}: three-actor mediation events, curated or read from text) or bilateral events coded
 * as mediation by C (CAMEO 039, 045 and their children), doubled when the mediated dyad is A-B; a happening
 * coded twice (one meeting, two codes) counts once;</li>
 * <li>shared memberships: half for sharing at least one membership with A and half with B, each scaled by
 * min(1, shared / 2).</li>
 * </ul>
 * The score is the weighted sum ({@link MediatorWeights}); ties use the {@link Ledger} at the date.
 */
public final class MediatorRanking {
    /** CAMEO codes (and their children) that count as mediation by the actor. */
    public static final List<String> MEDIATION_CODES = List.of("039", "045");

    private MediatorRanking() {}

    public record Result(
            String a, String b, LocalDate at, double dyadScore, MediatorWeights weights, List<MediatorScore> ranking) {
        public Result {
            ranking = List.copyOf(ranking);
        }
    }

    public static Result rank(
            Ledger ledger,
            Map<String, Country> countries,
            String a,
            String b,
            LocalDate at,
            MediatorWeights w,
            Function<String, String> names) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("mediation needs two different states, got " + a + " twice");
        }
        Set<String> candidates = new HashSet<>(ledger.states());
        candidates.addAll(countries.keySet());
        candidates.remove(a);
        candidates.remove(b);
        List<MediatorScore> scores = new ArrayList<>();
        for (String c : candidates) {
            if (ledger.baseline(c, a).isEmpty()
                    && ledger.baseline(c, b).isEmpty()
                    && ledger.contributions(c, a, at).isEmpty()
                    && ledger.contributions(c, b, at).isEmpty()) {
                continue; // no known tie to either side: not a third party of this dyad
            }
            scores.add(score(ledger, countries, a, b, c, at, w, names));
        }
        scores.sort(Comparator.comparingDouble((MediatorScore s) -> -s.score()).thenComparing(MediatorScore::state));
        List<MediatorScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            MediatorScore s = scores.get(i);
            ranked.add(new MediatorScore(
                    i + 1,
                    s.state(),
                    s.name(),
                    s.score(),
                    s.tieToA(),
                    s.tieToB(),
                    s.bias(),
                    s.leansTo(),
                    s.components()));
        }
        return new Result(a, b, at, ledger.score(a, b, at).score(), w, ranked);
    }

    /**
     * The ranking without the ledger's projected events and with them, and what changed, component by component.
     */
    public static MediatorComparison compare(
            Ledger ledger,
            Map<String, Country> countries,
            String a,
            String b,
            LocalDate at,
            MediatorWeights w,
            Function<String, String> names) {
        Result before = rank(ledger.filtered(e -> !e.isProjected()), countries, a, b, at, w, names);
        Result after = rank(ledger, countries, a, b, at, w, names);
        return MediatorComparison.of(ledger, before, after);
    }

    private static MediatorScore score(
            Ledger ledger,
            Map<String, Country> countries,
            String a,
            String b,
            String c,
            LocalDate at,
            MediatorWeights w,
            Function<String, String> names) {
        DyadScore ca = ledger.score(c, a, at);
        DyadScore cb = ledger.score(c, b, at);
        double tA = bounded(ca.score());
        double tB = bounded(cb.score());
        List<LedgerEvent> tieEvents = new ArrayList<>();
        topEvents(ca, tieEvents);
        topEvents(cb, tieEvents);

        double reach = Math.min(1, Math.sqrt(Math.max(0, tA) * Math.max(0, tB)) / 10);
        double even = 1 - Math.min(1, Math.abs(tA - tB) / 10);
        double hostility = Math.min(1, (Math.max(0, -tA) + Math.max(0, -tB)) / 10);
        List<LedgerEvent> hostile = new ArrayList<>();
        for (DyadScore d : List.of(ca, cb)) {
            d.contributions().stream()
                    .filter(x -> x.points() < 0)
                    .map(Contribution::event)
                    .forEach(hostile::add);
        }

        double conflict = 0;
        List<LedgerEvent> conflictEvents = new ArrayList<>();
        LocalDate firstConflict = null;
        for (LedgerEvent e : ledger.events()) {
            if (e.date().isAfter(at) || e.quadClass() != 4) {
                continue;
            }
            if (e.between(c, a) || e.between(c, b)) {
                conflict += e.weight();
                conflictEvents.add(e);
                firstConflict = firstConflict == null ? e.date() : firstConflict;
            }
        }
        double nonParticipation = 1 / (1 + conflict);
        LocalDate recordFrom =
                ledger.events().isEmpty() ? at : ledger.events().get(0).date();

        double mediation = 0;
        List<LedgerEvent> mediationEvents = new ArrayList<>();
        Set<String> happenings = new HashSet<>();
        for (LedgerEvent e : ledger.events()) {
            if (e.date().isAfter(at)) {
                break;
            }
            boolean hosted = e.mediator().map(c::equals).orElse(false);
            boolean coded = e.actor1().equals(c) && MEDIATION_CODES.stream().anyMatch(e.cameo()::startsWith);
            if (!hosted && !coded) {
                continue;
            }
            String key = hosted ? Ledger.happening(e) + (e.isProjected() ? "/projected" : "") : e.id();
            if (!happenings.add(key)) {
                continue; // one meeting coded twice counts once
            }
            boolean sameDyad = hosted
                    ? e.between(a, b)
                    : (e.actor2().equals(a) || e.actor2().equals(b));
            double decay =
                    Math.pow(0.5, java.time.temporal.ChronoUnit.DAYS.between(e.date(), at) / ledger.halfLifeDays());
            mediation += e.weight() * decay * (sameDyad ? 2 : 1);
            mediationEvents.add(e);
        }
        double prior = 1 - Math.exp(-mediation / 2);

        Set<String> mc = memberships(countries, c);
        Set<String> withA = new HashSet<>(mc);
        withA.retainAll(memberships(countries, a));
        Set<String> withB = new HashSet<>(mc);
        withB.retainAll(memberships(countries, b));
        double shared = 0.5 * Math.min(1, withA.size() / 2.0) + 0.5 * Math.min(1, withB.size() / 2.0);

        List<Component> cs = List.of(
                new Component(
                        "reach",
                        reach,
                        w.reach(),
                        reach * w.reach(),
                        String.format(java.util.Locale.ROOT, "ties %+.1f to %s, %+.1f to %s", tA, a, tB, b),
                        tieEvents),
                new Component(
                        "evenHandedness",
                        even,
                        w.evenHandedness(),
                        even * w.evenHandedness(),
                        String.format(java.util.Locale.ROOT, "ties differ by %.1f", Math.abs(tA - tB)),
                        List.of()),
                new Component(
                        "hostility",
                        hostility,
                        -w.hostility(),
                        -hostility * w.hostility(),
                        hostility == 0
                                ? "no negative tie"
                                : "negative tie to " + (tA < 0 ? a : "") + (tA < 0 && tB < 0 ? " and " : "")
                                        + (tB < 0 ? b : ""),
                        hostile),
                new Component(
                        "nonParticipation",
                        nonParticipation,
                        w.nonParticipation(),
                        nonParticipation * w.nonParticipation(),
                        String.format(
                                java.util.Locale.ROOT,
                                "%.1f material-conflict events (weighted) with %s or %s in the record from %s to %s%s",
                                conflict,
                                a,
                                b,
                                recordFrom,
                                at,
                                firstConflict == null ? "" : ", the first on " + firstConflict),
                        conflictEvents),
                new Component(
                        "priorMediation",
                        prior,
                        w.priorMediation(),
                        prior * w.priorMediation(),
                        String.format(
                                java.util.Locale.ROOT,
                                "%d happenings hosted or mediated (decayed weight %.2f)",
                                mediationEvents.size(),
                                mediation),
                        mediationEvents),
                new Component(
                        "sharedMemberships",
                        shared,
                        w.sharedMemberships(),
                        shared * w.sharedMemberships(),
                        "with " + a + ": "
                                + (withA.isEmpty() ? "none" : String.join(";", new java.util.TreeSet<>(withA)))
                                + "; with " + b + ": "
                                + (withB.isEmpty() ? "none" : String.join(";", new java.util.TreeSet<>(withB))),
                        List.of()));
        double score = cs.stream().mapToDouble(Component::points).sum();
        double bias = Math.max(-1, Math.min(1, (tA - tB) / 10));
        String leans = Math.abs(bias) < 0.1 ? "neither" : bias > 0 ? a : b;
        return new MediatorScore(0, c, names.apply(c), score, tA, tB, bias, leans, cs);
    }

    /** A tie squeezed into (-10, 10): 10 tanh(score / 10), so that many events do not swamp the scale. */
    static double bounded(double score) {
        return 10 * Math.tanh(score / 10);
    }

    private static void topEvents(DyadScore d, List<LedgerEvent> out) {
        d.contributions().stream()
                .sorted(Comparator.comparingDouble((Contribution x) -> -Math.abs(x.points())))
                .limit(3)
                .map(Contribution::event)
                .forEach(out::add);
    }

    private static Set<String> memberships(Map<String, Country> countries, String iso3) {
        Country c = countries.get(iso3);
        return c == null ? Set.of() : new HashSet<>(c.memberships());
    }
}
