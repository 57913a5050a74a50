package dev.crossroads.relations.ledger;

import static dev.crossroads.relations.Fixtures.baseline;
import static dev.crossroads.relations.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.model.BaselineRelation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The ledger reads a dyad's events from an index by dyad (and by mediator); its answers must equal a pass over
 * every event, as the ledger made before the index: contributions in the same order, the same hosted happenings
 * counted once, the same graph.
 */
class LedgerIndexTest {
    private static final List<String> STATES = List.of("AAA", "BBB", "CCC", "DDD", "EEE", "FFF");
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    static Ledger randomLedger(SplittableRandom rnd) {
        List<LedgerEvent> events = new ArrayList<>();
        int n = 20 + rnd.nextInt(200);
        for (int i = 0; i < n; i++) {
            String a = STATES.get(rnd.nextInt(STATES.size()));
            String b;
            do {
                b = STATES.get(rnd.nextInt(STATES.size()));
            } while (b.equals(a));
            Optional<String> mediator =
                    rnd.nextInt(4) == 0 ? Optional.of(STATES.get(rnd.nextInt(STATES.size()))) : Optional.empty();
            String date = START.plusDays(rnd.nextInt(700)).toString();
            double goldstein = rnd.nextInt(21) - 10;
            events.add(event("e" + i, date, a, b, mediator, mediator.isPresent() ? "046" : "057", goldstein, 1));
        }
        List<BaselineRelation> baselines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String a = STATES.get(rnd.nextInt(3));
            String b = STATES.get(3 + rnd.nextInt(3));
            if (baselines.stream().noneMatch(r -> r.dyadKey().equals(BaselineRelation.dyadKey(a, b)))) {
                baselines.add(baseline(a, b, rnd.nextInt(11) - 5));
            }
        }
        return new Ledger(baselines, events, 90 + rnd.nextInt(300));
    }

    /** The contributions as the ledger computed them before the index: one pass over every event. */
    static List<Contribution> reference(Ledger ledger, String a, String b, LocalDate at) {
        Optional<LocalDate> absorbed =
                ledger.baselineAt(a, b, at).flatMap(BaselineRelation::since).filter(d -> !d.isAfter(at));
        List<Contribution> out = new ArrayList<>();
        Set<String> hosted = new HashSet<>();
        for (LedgerEvent e : ledger.events()) {
            if (e.date().isAfter(at)) {
                break;
            }
            if (absorbed.isPresent() && !e.date().isAfter(absorbed.get())) {
                continue;
            }
            double d = ledger.decay(e.date(), at);
            boolean mediatedFor = e.mediator()
                    .map(m -> (m.equals(a) && e.involves(b)) || (m.equals(b) && e.involves(a)))
                    .orElse(false);
            if (e.between(a, b)) {
                out.add(new Contribution(e, d, e.goldstein() * e.weight() * d, false));
            } else if (mediatedFor && hosted.add(Ledger.happening(e) + (e.isProjected() ? "/projected" : ""))) {
                out.add(new Contribution(e, d, Ledger.HOSTING_POINTS * e.weight() * d, true));
            }
        }
        return out;
    }

    @Property(tries = 60, seed = "20261208")
    void everyDyadReadsWhatAPassOverEveryEventReads(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Ledger ledger = randomLedger(rnd);
        LocalDate at = START.plusDays(rnd.nextInt(800));
        for (String a : STATES) {
            for (String b : STATES) {
                if (!a.equals(b)) {
                    assertThat(ledger.contributions(a, b, at))
                            .as("seed %d, %s-%s at %s", seed, a, b, at)
                            .containsExactlyElementsOf(reference(ledger, a, b, at));
                }
            }
        }
        assertThat(ledger.graph(at, 0).edges())
                .as("seed %d", seed)
                .allSatisfy(edge -> assertThat(edge.score())
                        .isEqualTo(ledger.baselineAt(edge.a(), edge.b(), at)
                                        .map(BaselineRelation::score)
                                        .orElse(0.0)
                                + reference(ledger, edge.a(), edge.b(), at).stream()
                                        .mapToDouble(Contribution::points)
                                        .sum()));
    }
}
