package dev.crossroads.relations.ledger;

import dev.crossroads.core.model.BaselineRelation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Curated and extracted events with the pack's baselines. A dyad's relation at date t is
 * <pre>baseline(a, b) + sum over events e of the dyad with date(e) &lt;= t of
 *     goldstein(e) * weight(e) * 0.5^((t - date(e)) / halfLife)</pre>
 * An event hosted or mediated by a third state also counts for the mediator's ties with both parties, at the
 * Goldstein score of CAMEO 043 (host a visit, +2.8) times the event's weight. Scores are not clipped: a
 * dyad with many recent events can exceed the [-10, 10] range of a single event.
 */
public final class Ledger {
    /** Default half-life of an event's effect, in days. */
    public static final double DEFAULT_HALF_LIFE_DAYS = 180;
    /** Goldstein score a host or mediator earns with each party (CAMEO 043, host a visit). */
    public static final double HOSTING_POINTS = 2.8;

    private final List<LedgerEvent> events;
    private final Map<String, BaselineRelation> baselines = new HashMap<>();
    private final double halfLifeDays;

    public Ledger(List<BaselineRelation> baselines, List<LedgerEvent> events, double halfLifeDays) {
        if (!(halfLifeDays > 0)) {
            throw new IllegalArgumentException("half-life must be a positive number of days, got " + halfLifeDays);
        }
        this.events = events.stream().sorted(Comparator.comparing(LedgerEvent::date).thenComparing(LedgerEvent::id)).toList();
        baselines.forEach(b -> this.baselines.put(b.dyadKey(), b));
        this.halfLifeDays = halfLifeDays;
    }

    public List<LedgerEvent> events() {
        return events;
    }

    public double halfLifeDays() {
        return halfLifeDays;
    }

    /** Every state named by a baseline or an event. */
    public List<String> states() {
        TreeSet<String> s = new TreeSet<>();
        baselines.values().forEach(b -> {
            s.add(b.a());
            s.add(b.b());
        });
        for (LedgerEvent e : events) {
            s.add(e.actor1());
            s.add(e.actor2());
            e.mediator().ifPresent(s::add);
        }
        s.removeIf(c -> c.equals("IGO") || c.equals("NGO") || c.equals("IMG"));
        return List.copyOf(s);
    }

    public Optional<BaselineRelation> baseline(String a, String b) {
        return Optional.ofNullable(baselines.get(BaselineRelation.dyadKey(a, b)));
    }

    double decay(LocalDate eventDate, LocalDate at) {
        long days = ChronoUnit.DAYS.between(eventDate, at);
        return Math.pow(0.5, days / halfLifeDays);
    }

    /** The events that bear on the dyad, each with its points at {@code at} (events after {@code at} excluded). */
    public List<Contribution> contributions(String a, String b, LocalDate at) {
        List<Contribution> out = new ArrayList<>();
        for (LedgerEvent e : events) {
            if (e.date().isAfter(at)) {
                break;
            }
            double d = decay(e.date(), at);
            if (e.between(a, b)) {
                out.add(new Contribution(e, d, e.goldstein() * e.weight() * d, false));
            } else if (e.mediator().isPresent() && mediatedFor(e, a, b)) {
                out.add(new Contribution(e, d, HOSTING_POINTS * e.weight() * d, true));
            }
        }
        return out;
    }

    private static boolean mediatedFor(LedgerEvent e, String a, String b) {
        String m = e.mediator().orElseThrow();
        return (m.equals(a) && e.involves(b)) || (m.equals(b) && e.involves(a));
    }

    public DyadScore score(String a, String b, LocalDate at) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a dyad needs two different states, got " + a + " twice");
        }
        Optional<BaselineRelation> base = baseline(a, b);
        double baseline = base.map(BaselineRelation::score).orElse(0.0);
        List<Contribution> cs = contributions(a, b, at);
        double score = baseline + cs.stream().mapToDouble(Contribution::points).sum();
        return new DyadScore(a, b, at, baseline, base.map(BaselineRelation::kind).orElse("none"), score, cs);
    }

    /** The dyad's curve from {@code from} to {@code to}: a point every {@code stepDays} and on each event date. */
    public DyadTimeline timeline(String a, String b, LocalDate from, LocalDate to, int stepDays) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (stepDays < 1) {
            throw new IllegalArgumentException("step must be at least one day");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(stepDays)) {
            dates.add(d);
        }
        dates.add(to);
        List<Contribution> moves = new ArrayList<>();
        for (Contribution c : contributions(a, b, to)) {
            if (!c.event().date().isBefore(from)) {
                dates.add(c.event().date());
                double points = (c.viaMediation() ? HOSTING_POINTS : c.event().goldstein()) * c.event().weight();
                moves.add(new Contribution(c.event(), 1.0, points, c.viaMediation()));
            }
        }
        List<TimelinePoint> points = dates.stream().map(d -> new TimelinePoint(d, score(a, b, d).score())).toList();
        double baseline = baseline(a, b).map(BaselineRelation::score).orElse(0.0);
        return new DyadTimeline(a, b, from, to, baseline, halfLifeDays, points, moves);
    }

    /** The signed graph at a date over all states with a baseline or an event; edges with |score| >= threshold. */
    public SignedGraph graph(LocalDate at, double threshold) {
        List<String> states = states();
        List<SignedEdge> edges = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            for (int j = i + 1; j < states.size(); j++) {
                String a = states.get(i);
                String b = states.get(j);
                if (baseline(a, b).isEmpty() && contributions(a, b, at).isEmpty()) {
                    continue;
                }
                double s = score(a, b, at).score();
                if (Math.abs(s) >= threshold && s != 0) {
                    edges.add(new SignedEdge(a, b, s, s > 0 ? 1 : -1));
                }
            }
        }
        return new SignedGraph(at, threshold, states, edges);
    }

    /** A state's ties at {@code at} compared with {@code since}, strongest first. */
    public Portfolio portfolio(String state, LocalDate since, LocalDate at) {
        if (at.isBefore(since)) {
            throw new IllegalArgumentException("--at " + at + " is before --since " + since);
        }
        List<Tie> ties = new ArrayList<>();
        for (String other : states()) {
            if (other.equals(state) || (baseline(state, other).isEmpty() && contributions(state, other, at).isEmpty())) {
                continue;
            }
            double before = score(state, other, since).score();
            DyadScore now = score(state, other, at);
            List<Contribution> moves = now.contributions().stream()
                    .filter(c -> c.event().date().isAfter(since)).toList();
            ties.add(new Tie(other, before, now.score(), now.score() - before, moves));
        }
        ties.sort(Comparator.comparingDouble((Tie t) -> -t.now()).thenComparing(Tie::partner));
        double pos = ties.stream().mapToDouble(t -> Math.max(0, t.now())).sum();
        double neg = ties.stream().mapToDouble(t -> Math.min(0, t.now())).sum();
        double posB = ties.stream().mapToDouble(t -> Math.max(0, t.before())).sum();
        double negB = ties.stream().mapToDouble(t -> Math.min(0, t.before())).sum();
        return new Portfolio(state, since, at, ties, pos, neg, posB, negB);
    }
}
