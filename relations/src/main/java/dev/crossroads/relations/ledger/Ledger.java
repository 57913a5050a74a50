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
 * Curated, extracted and projected events with the pack's baselines. A dyad's relation at date t is
 * <pre>baseline(a, b, t) + sum over events e of the dyad with since(a, b, t) &lt; date(e) &lt;= t of
 *     goldstein(e) * weight(e) * 0.5^((t - date(e)) / halfLife)</pre>
 * where baseline(a, b, t) is the era of {@code relations.csv} in force at t (the row with the latest
 * {@code since} on or before t; before a dyad's first dated era, its first row) and since(a, b, t) that row's
 * date: an era's score is the tie from that day on, so the events up to and including that day are in it and
 * do not count again. An event hosted or mediated by a third state also counts for the mediator's ties with
 * both parties, at the Goldstein score of CAMEO 043 (host a visit, +2.8) times the event's weight, once per
 * happening (date, parties and mediator): a meeting coded twice earns its host once. Scores are not clipped:
 * a dyad with many recent events can exceed the [-10, 10] range of a single event.
 */
public final class Ledger {
    /** Default half-life of an event's effect, in days. */
    public static final double DEFAULT_HALF_LIFE_DAYS = 180;
    /** Goldstein score a host or mediator earns with each party (CAMEO 043, host a visit). */
    public static final double HOSTING_POINTS = 2.8;

    private final List<LedgerEvent> events;
    /**
     * The events that bear on each dyad (its own events and those one side mediated for the other), in ledger
     * order: a dyad's score reads its own events, not the whole ledger, so the graph of a region over millions
     * of stored events costs one pass to build this index and then only each pair's events.
     */
    private final Map<String, List<LedgerEvent>> byDyad = new HashMap<>();

    private final List<BaselineRelation> baselineRows;
    private final Map<String, List<BaselineRelation>> baselines = new HashMap<>();
    private final double halfLifeDays;

    public Ledger(List<BaselineRelation> baselines, List<LedgerEvent> events, double halfLifeDays) {
        if (!(halfLifeDays > 0)) {
            throw new IllegalArgumentException("half-life must be a positive number of days, got " + halfLifeDays);
        }
        this.events = events.stream()
                .sorted(Comparator.comparing(LedgerEvent::date).thenComparing(LedgerEvent::id))
                .toList();
        for (LedgerEvent e : this.events) {
            index(BaselineRelation.dyadKey(e.actor1(), e.actor2()), e);
            e.mediator().ifPresent(m -> {
                index(BaselineRelation.dyadKey(m, e.actor1()), e);
                index(BaselineRelation.dyadKey(m, e.actor2()), e);
            });
        }
        this.baselineRows = List.copyOf(baselines);
        for (BaselineRelation b : baselines) {
            this.baselines.computeIfAbsent(b.dyadKey(), k -> new ArrayList<>()).add(b);
        }
        this.baselines
                .values()
                .forEach(l -> l.sort(
                        Comparator.comparing((BaselineRelation b) -> b.since().orElse(LocalDate.MIN))));
        this.halfLifeDays = halfLifeDays;
    }

    private void index(String dyad, LedgerEvent e) {
        List<LedgerEvent> list = byDyad.computeIfAbsent(dyad, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != e) {
            list.add(e); // a mediator that is also a party would list the event twice
        }
    }

    /** The events that may bear on the dyad, in ledger order (see {@link #byDyad}). */
    private List<LedgerEvent> eventsOf(String a, String b) {
        return byDyad.getOrDefault(BaselineRelation.dyadKey(a, b), List.of());
    }

    /** This ledger with only the events {@code keep} accepts (e.g. without projected events). */
    public Ledger filtered(java.util.function.Predicate<LedgerEvent> keep) {
        return new Ledger(baselineRows, events.stream().filter(keep).toList(), halfLifeDays);
    }

    /** This ledger with more events (e.g. a scenario's projected events). */
    public Ledger plus(List<LedgerEvent> more) {
        List<LedgerEvent> all = new ArrayList<>(events);
        all.addAll(more);
        return new Ledger(baselineRows, all, halfLifeDays);
    }

    /** This ledger with some baseline eras replaced: every row given replaces all the rows of its dyad. */
    public Ledger withBaselines(List<BaselineRelation> replacements) {
        java.util.Set<String> replaced = new java.util.HashSet<>();
        replacements.forEach(r -> replaced.add(r.dyadKey()));
        List<BaselineRelation> rows = new ArrayList<>(baselineRows.stream()
                .filter(r -> !replaced.contains(r.dyadKey()))
                .toList());
        rows.addAll(replacements);
        return new Ledger(rows, events, halfLifeDays);
    }

    public List<BaselineRelation> baselineRows() {
        return baselineRows;
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
        baselineRows.forEach(b -> {
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

    /** The dyad's first baseline row, if it has any (whether the pack knows the dyad at all). */
    public Optional<BaselineRelation> baseline(String a, String b) {
        List<BaselineRelation> eras = baselines.get(BaselineRelation.dyadKey(a, b));
        return eras == null ? Optional.empty() : Optional.of(eras.get(0));
    }

    /**
     * The baseline era in force at {@code at}: the row with the latest {@code since} on or before {@code at};
     * before the first dated era, the dyad's first row (undated rows hold at every date).
     */
    public Optional<BaselineRelation> baselineAt(String a, String b, LocalDate at) {
        List<BaselineRelation> eras = baselines.get(BaselineRelation.dyadKey(a, b));
        if (eras == null) {
            return Optional.empty();
        }
        BaselineRelation inForce = eras.get(0);
        for (BaselineRelation r : eras) {
            if (r.since().map(d -> !d.isAfter(at)).orElse(true)) {
                inForce = r;
            }
        }
        return Optional.of(inForce);
    }

    /** The day whose events the era in force at {@code at} already holds (events on or before it do not count). */
    private Optional<LocalDate> absorbedUpTo(String a, String b, LocalDate at) {
        return baselineAt(a, b, at).flatMap(BaselineRelation::since).filter(d -> !d.isAfter(at));
    }

    double decay(LocalDate eventDate, LocalDate at) {
        long days = ChronoUnit.DAYS.between(eventDate, at);
        return Math.pow(0.5, days / halfLifeDays);
    }

    /**
     * The events that bear on the dyad, each with its points at {@code at} (events after {@code at}, and events
     * the baseline era in force already holds, excluded). A hosted happening counts once for its host.
     */
    public List<Contribution> contributions(String a, String b, LocalDate at) {
        Optional<LocalDate> absorbed = absorbedUpTo(a, b, at);
        List<Contribution> out = new ArrayList<>();
        java.util.Set<String> hosted = new java.util.HashSet<>();
        for (LedgerEvent e : eventsOf(a, b)) {
            if (e.date().isAfter(at)) {
                break;
            }
            if (absorbed.isPresent() && !e.date().isAfter(absorbed.get())) {
                continue;
            }
            double d = decay(e.date(), at);
            if (e.between(a, b)) {
                out.add(new Contribution(e, d, e.goldstein() * e.weight() * d, false));
            } else if (e.mediator().isPresent()
                    && mediatedFor(e, a, b)
                    && hosted.add(happening(e) + (e.isProjected() ? "/projected" : ""))) {
                out.add(new Contribution(e, d, HOSTING_POINTS * e.weight() * d, true));
            }
        }
        return out;
    }

    /** A happening with a third party: its date, its two parties (unordered) and the mediator. */
    public static String happening(LedgerEvent e) {
        return e.date() + "/" + BaselineRelation.dyadKey(e.actor1(), e.actor2()) + "/"
                + e.mediator().orElse("");
    }

    private static boolean mediatedFor(LedgerEvent e, String a, String b) {
        String m = e.mediator().orElseThrow();
        return (m.equals(a) && e.involves(b)) || (m.equals(b) && e.involves(a));
    }

    public DyadScore score(String a, String b, LocalDate at) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a dyad needs two different states, got " + a + " twice");
        }
        Optional<BaselineRelation> base = baselineAt(a, b, at);
        double baseline = base.map(BaselineRelation::score).orElse(0.0);
        List<Contribution> cs = contributions(a, b, at);
        double score = baseline + cs.stream().mapToDouble(Contribution::points).sum();
        double projected = cs.stream()
                .filter(Contribution::isProjected)
                .mapToDouble(Contribution::points)
                .sum();
        return new DyadScore(
                a,
                b,
                at,
                baseline,
                base.map(BaselineRelation::kind).orElse("none"),
                absorbedUpTo(a, b, at),
                score,
                projected,
                cs);
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
        List<BaselineRelation> eras = baselines.getOrDefault(BaselineRelation.dyadKey(a, b), List.of());
        eras.forEach(
                r -> r.since().filter(d -> !d.isBefore(from) && !d.isAfter(to)).ifPresent(dates::add));
        TreeSet<LocalDate> eventDates = new TreeSet<>();
        eventsOf(a, b).stream()
                .filter(e -> !e.date().isBefore(from)
                        && !e.date().isAfter(to)
                        && (e.between(a, b) || (e.mediator().isPresent() && mediatedFor(e, a, b))))
                .forEach(e -> eventDates.add(e.date()));
        List<Contribution> moves = new ArrayList<>();
        for (LocalDate d : eventDates) {
            dates.add(d);
            for (Contribution c : contributions(a, b, d)) {
                if (c.event().date().equals(d)) {
                    double points =
                            (c.viaMediation() ? HOSTING_POINTS : c.event().goldstein())
                                    * c.event().weight();
                    moves.add(new Contribution(c.event(), 1.0, points, c.viaMediation()));
                }
            }
        }
        List<TimelinePoint> points = dates.stream()
                .map(d -> {
                    DyadScore ds = score(a, b, d);
                    return new TimelinePoint(d, ds.score(), ds.projectedPoints());
                })
                .toList();
        double baseline = baselineAt(a, b, from).map(BaselineRelation::score).orElse(0.0);
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
                DyadScore ds = score(a, b, at);
                double s = ds.score();
                if (Math.abs(s) >= threshold && s != 0) {
                    edges.add(new SignedEdge(a, b, s, s > 0 ? 1 : -1, ds.projectedPoints()));
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
            if (other.equals(state)
                    || (baseline(state, other).isEmpty()
                            && contributions(state, other, at).isEmpty())) {
                continue;
            }
            double before = score(state, other, since).score();
            DyadScore now = score(state, other, at);
            List<Contribution> moves = now.contributions().stream()
                    .filter(c -> c.event().date().isAfter(since))
                    .toList();
            ties.add(new Tie(other, before, now.score(), now.score() - before, now.projectedPoints(), moves));
        }
        ties.sort(Comparator.comparingDouble((Tie t) -> -t.now()).thenComparing(Tie::partner));
        double pos = ties.stream().mapToDouble(t -> Math.max(0, t.now())).sum();
        double neg = ties.stream().mapToDouble(t -> Math.min(0, t.now())).sum();
        double posB = ties.stream().mapToDouble(t -> Math.max(0, t.before())).sum();
        double negB = ties.stream().mapToDouble(t -> Math.min(0, t.before())).sum();
        return new Portfolio(state, since, at, ties, pos, neg, posB, negB);
    }
}
