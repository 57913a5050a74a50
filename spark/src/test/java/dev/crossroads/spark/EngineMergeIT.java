package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * {@code spark merge} (the engine's rule) against the single JVM: the same rows read as {@code crossroads
 * relations} reads the store (extracted rows as ledger events, imported rows one ledger event per happening,
 * {@link EventMapping}), then {@link RelationsEngine#mergeReports} and {@link RelationsEngine#withoutDuplicates}
 * with no curated event. Seeded, dense reports (few pairs, few families, a few weeks) so that many fall within one
 * day of each other, across the partitions of {@code local[2]}.
 */
class EngineMergeIT {
    static final List<String> STATES = List.of("AZE", "SYR", "TUR", "ISR");
    static final List<String> CODES = List.of("040", "042", "043", "051", "057", "190", "193");
    static final LocalDate START = LocalDate.of(2025, 7, 1);

    static List<EventRecord> reports(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<EventRecord> out = new ArrayList<>();
        double[] weights = {1.0, 0.75, 0.5, 0.5, 0.25};
        for (int i = 0; i < n; i++) {
            String a = STATES.get(rnd.nextInt(STATES.size()));
            String b = STATES.get(rnd.nextInt(STATES.size()));
            if (a.equals(b)) {
                b = rnd.nextInt(4) == 0 ? "EUROPE" : STATES.get((STATES.indexOf(a) + 1) % 4);
            }
            Optional<String> mediator = rnd.nextInt(8) == 0 ? Optional.of("QAT") : Optional.empty();
            String code = CODES.get(rnd.nextInt(CODES.size()));
            LocalDate day = START.plusDays(rnd.nextInt(25));
            if (rnd.nextInt(3) == 0) {
                String dataset = List.of("gdelt", "polecat", "icews").get(rnd.nextInt(3));
                int sources = 1 + rnd.nextInt(3);
                out.add(new EventRecord(
                        dataset + "-" + i,
                        EventRecord.Origin.IMPORTED,
                        Optional.empty(),
                        Optional.empty(),
                        day,
                        a,
                        b,
                        mediator,
                        code,
                        Optional.empty(),
                        OptionalInt.of(1),
                        OptionalDouble.of(2.0),
                        EventRecord.Mode.ASSERTED,
                        1.0,
                        Optional.empty(),
                        Optional.of(new EventRecord.Imported(
                                dataset,
                                "" + i,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                sources,
                                sources + rnd.nextInt(4),
                                Optional.empty(),
                                a + " / " + code + " / " + b))));
            } else {
                String article = String.format(Locale.ROOT, "art-%03d", rnd.nextInt(60));
                EventRecord.Mode mode = rnd.nextInt(6) == 0 ? EventRecord.Mode.NEGATED : EventRecord.Mode.ASSERTED;
                out.add(new EventRecord(
                        String.format(Locale.ROOT, "x-%05d", i),
                        EventRecord.Origin.EXTRACTED,
                        Optional.of(article),
                        Optional.empty(),
                        day,
                        a,
                        b,
                        mediator,
                        code,
                        Optional.empty(),
                        OptionalInt.of(1),
                        OptionalDouble.of(1.0),
                        mode,
                        weights[rnd.nextInt(weights.length)],
                        Optional.of(new EventRecord.Evidence(
                                "s", rnd.nextInt(30), Optional.empty(), Optional.empty(), Optional.empty()))));
            }
        }
        return out;
    }

    /** The single JVM: the store's reading of the rows, then the engine's merge and duplicate rules. */
    static List<LedgerEvent> oneJvm(List<EventRecord> rows) {
        List<LedgerEvent> reported = new ArrayList<>();
        Map<String, List<EventRecord>> happenings = new LinkedHashMap<>();
        for (EventRecord e : rows) {
            if (e.origin() == EventRecord.Origin.IMPORTED) {
                happenings
                        .computeIfAbsent(e.happeningId().orElse(e.id()), k -> new ArrayList<>())
                        .add(e);
            } else {
                EventMapping.toLedger(e).ifPresent(reported::add);
            }
        }
        happenings.forEach((id, events) -> EventMapping.happening(
                        new EventRepository.Happening(id, events, List.of()),
                        RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT)
                .ifPresent(reported::add));
        return RelationsEngine.withoutDuplicates(List.of(), RelationsEngine.mergeReports(reported));
    }

    static String shown(String id, LocalDate day, String a1, String a2, String cameo, String mode, double weight) {
        return String.format(Locale.ROOT, "%s %s %s-%s %s %s %.3f", id, day, a1, a2, cameo, mode, weight);
    }

    @Test
    void theEnginesRuleOnLocal2KeepsExactlyTheSingleJvmsEventsWithinTheOneDayWindow() {
        long seed = 20_251_207L;
        List<EventRecord> rows = reports(seed, 4_000);
        List<Row> input =
                rows.stream().map(e -> EventRows.event(e, Optional.empty())).toList();
        Dataset<Row> events = LocalSpark.session().createDataFrame(input, EventRows.EVENT);
        Map<String, String> actual = new TreeMap<>();
        long reportIds = 0;
        for (Row r : MergeJob.merge(events, MergeJob.Rule.ENGINE).collectAsList()) {
            actual.put(
                    r.getAs("id"),
                    shown(
                            r.getAs("id"),
                            EventRows.date(r, "event_date"),
                            r.getAs("actor1"),
                            r.getAs("actor2"),
                            r.getAs("cameo"),
                            r.<String>getAs("mode").toUpperCase(Locale.ROOT),
                            r.<Double>getAs("weight")));
            reportIds += r.<scala.collection.Seq<String>>getAs("report_ids").size();
        }

        Map<String, String> expected = new TreeMap<>();
        for (LedgerEvent e : oneJvm(rows)) {
            expected.put(
                    e.id(),
                    shown(
                            e.id(),
                            e.date(),
                            e.actor1(),
                            e.actor2(),
                            e.cameo(),
                            e.modality().name(),
                            e.weight()));
        }
        long stateRows = rows.stream()
                .filter(e -> e.actor1().matches("[A-Z]{3}") && e.actor2().matches("[A-Z]{3}"))
                .count();
        // dense enough that the window matters: many reports fold into fewer events
        assertThat(expected.size()).as("seed %d", seed).isLessThan((int) stateRows / 3);
        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        assertThat(reportIds).as("every state row lands in one event").isEqualTo(stateRows);
    }

    @Test
    void aRepeatOneDayApartIsDroppedIntoTheHeavierEventAndTwoDaysApartIsKept() {
        List<EventRecord> three = new ArrayList<>();
        LocalDate d = START;
        three.add(extracted("x-1", "a", d, 1.0));
        three.add(extracted("x-2", "b", d.plusDays(1), 0.5)); // one day after a heavier one: a repeat
        three.add(extracted("x-3", "c", d.plusDays(3), 0.5)); // two days after the repeat: kept
        Dataset<Row> events = LocalSpark.session()
                .createDataFrame(
                        three.stream()
                                .map(e -> EventRows.event(e, Optional.empty()))
                                .toList(),
                        EventRows.EVENT);
        List<Row> merged =
                MergeJob.merge(events, MergeJob.Rule.ENGINE).orderBy("id").collectAsList();
        assertThat(merged).extracting(r -> r.<String>getAs("id")).containsExactly("x-1", "x-3");
        assertThat(merged.get(0)
                        .<scala.collection.Seq<String>>getAs("report_ids")
                        .mkString(","))
                .isEqualTo("x-1,x-2");
        assertThat(merged.get(0).<Integer>getAs("independent_reports")).isEqualTo(2);
        assertThat(oneJvm(three)).extracting(LedgerEvent::id).containsExactlyInAnyOrder("x-1", "x-3");
    }

    static EventRecord extracted(String id, String article, LocalDate day, double weight) {
        return new EventRecord(
                id,
                EventRecord.Origin.EXTRACTED,
                Optional.of(article),
                Optional.empty(),
                day,
                "AZE",
                "SYR",
                Optional.empty(),
                "042",
                Optional.empty(),
                OptionalInt.of(1),
                OptionalDouble.of(1.0),
                EventRecord.Mode.ASSERTED,
                weight,
                Optional.of(new EventRecord.Evidence("s", 0, Optional.empty(), Optional.empty(), Optional.empty())));
    }
}
