package dev.crossroads.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link RelationsEngine#withoutDuplicates} keeps exactly what the rule says (an event is dropped when a curated or
 * an earlier-kept event of the same unordered pair and CAMEO root is at most one day away, heavier events first):
 * checked against the rule written as a pass over every kept event, on dense seeded events.
 */
class WithoutDuplicatesTest {
    static final List<String> STATES = List.of("AZE", "SYR", "TUR", "ISR");
    static final List<String> CODES = List.of("040", "042", "043", "051", "190", "193");

    /** The rule as first written: each event against every kept one. */
    static List<LedgerEvent> reference(List<LedgerEvent> curated, List<LedgerEvent> extracted) {
        List<LedgerEvent> kept = new ArrayList<>(curated);
        List<LedgerEvent> out = new ArrayList<>();
        for (LedgerEvent e : extracted.stream()
                .sorted(Comparator.comparingDouble((LedgerEvent x) -> -x.weight())
                        .thenComparing(LedgerEvent::id))
                .toList()) {
            boolean duplicate = kept.stream()
                    .anyMatch(k -> k.between(e.actor1(), e.actor2())
                            && k.cameo().substring(0, 2).equals(e.cameo().substring(0, 2))
                            && Math.abs(ChronoUnit.DAYS.between(k.date(), e.date())) <= 1);
            if (!duplicate) {
                kept.add(e);
                out.add(e);
            }
        }
        return out;
    }

    static List<LedgerEvent> events(SplittableRandom rnd, String prefix, int n, LedgerEvent.Origin origin) {
        double[] weights = {1.0, 0.75, 0.5, 0.25};
        List<LedgerEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = STATES.get(rnd.nextInt(STATES.size()));
            String b = STATES.get((STATES.indexOf(a) + 1 + rnd.nextInt(STATES.size() - 1)) % STATES.size());
            out.add(new LedgerEvent(
                    String.format(Locale.ROOT, "%s-%04d", prefix, i),
                    LocalDate.of(2025, 7, 1).plusDays(rnd.nextInt(20)),
                    a,
                    b,
                    rnd.nextInt(6) == 0 ? Optional.of("QAT") : Optional.empty(),
                    CODES.get(rnd.nextInt(CODES.size())),
                    "test",
                    1.0,
                    1,
                    Optional.empty(),
                    Modality.ASSERTED,
                    weights[rnd.nextInt(weights.length)],
                    origin,
                    "e" + i,
                    List.of("test")));
        }
        return out;
    }

    @Property(tries = 50, seed = "20261208")
    void keepsWhatThePassOverEveryKeptEventKeeps(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<LedgerEvent> curated = events(rnd, "c", rnd.nextInt(20), LedgerEvent.Origin.CURATED);
        List<LedgerEvent> extracted = events(rnd, "x", 50 + rnd.nextInt(300), LedgerEvent.Origin.EXTRACTED);
        assertThat(RelationsEngine.withoutDuplicates(curated, extracted))
                .as("seed %d", seed)
                .containsExactlyElementsOf(reference(curated, extracted));
    }

    @Test
    void denseEventsFoldIntoFewer() {
        long seed = 15;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<LedgerEvent> curated = events(rnd, "c", 10, LedgerEvent.Origin.CURATED);
        List<LedgerEvent> extracted = events(rnd, "x", 2_000, LedgerEvent.Origin.EXTRACTED);
        List<LedgerEvent> kept = RelationsEngine.withoutDuplicates(curated, extracted);
        assertThat(kept).as("seed %d", seed).hasSizeLessThan(extracted.size() / 4);
        assertThat(kept).as("seed %d", seed).containsExactlyElementsOf(reference(curated, extracted));
    }
}
