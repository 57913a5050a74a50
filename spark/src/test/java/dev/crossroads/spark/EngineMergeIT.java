package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.RegionPack;
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
                                "s", rnd.nextInt(30), Optional.empty(), Optional.empty(), Optional.empty())),
                        Optional.empty(),
                        i % 4 != 0)); // every fourth report a background event (not from rnd: the rows stay as they
                // were)
            }
        }
        return out;
    }

    /** The single JVM: the store's reading of the rows, then the engine's merge and duplicate rules. */
    static List<LedgerEvent> oneJvm(List<EventRecord> rows) {
        return oneJvm(rows, List.of());
    }

    /** As {@link #oneJvm(List)}, the reported events that repeat none of {@code curated} nor an earlier kept one. */
    static List<LedgerEvent> oneJvm(List<EventRecord> rows, List<LedgerEvent> curated) {
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
        return RelationsEngine.withoutDuplicates(curated, RelationsEngine.mergeReports(reported));
    }

    static String shown(String id, LocalDate day, String a1, String a2, String cameo, String mode, double weight) {
        return String.format(Locale.ROOT, "%s %s %s-%s %s %s %.3f", id, day, a1, a2, cameo, mode, weight);
    }

    /** A merged row as {@link #shown(String, LocalDate, String, String, String, String, double)} shows it. */
    static String shown(Row r) {
        return shown(
                r.getAs("id"),
                EventRows.date(r, "event_date"),
                r.getAs("actor1"),
                r.getAs("actor2"),
                r.getAs("cameo"),
                r.<String>getAs("mode").toUpperCase(Locale.ROOT),
                r.<Double>getAs("weight"));
    }

    /** A ledger event, shown the same way. */
    static String shown(LedgerEvent e) {
        return shown(
                e.id(),
                e.date(),
                e.actor1(),
                e.actor2(),
                e.cameo(),
                e.modality().name(),
                e.weight());
    }

    static String mainOrBackground(boolean main) {
        return main ? " main" : " background";
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
            actual.put(r.getAs("id"), shown(r) + mainOrBackground(r.<Boolean>getAs("main")));
            reportIds += r.<scala.collection.Seq<String>>getAs("report_ids").size();
        }

        Map<String, String> expected = new TreeMap<>();
        for (LedgerEvent e : oneJvm(rows)) {
            expected.put(e.id(), shown(e) + mainOrBackground(e.main()));
        }
        assertThat(expected.values())
                .as("background events survive the merge where no report of theirs is main")
                .anyMatch(v -> v.endsWith(" background"));
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

    @Test
    void withThePacksCuratedEventsTheMergeKeepsWhatTheEnginesLedgerHolds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isRegularFile(CorpusRun.PACK.resolve("pack.yaml")),
                "the default pack at " + CorpusRun.PACK);
        RegionPack pack = PackFiles.read(CorpusRun.PACK).pack().orElseThrow();
        List<LedgerEvent> curated = RelationsEngine.curated(pack);
        assertThat(curated).hasSizeGreaterThan(10);
        long seed = 20_261_207L;
        SplittableRandom rnd = new SplittableRandom(seed);
        // reports around the curated events (same pair, either order, same family, a day before to two after, any
        // weight, some from datasets), so that many repeat one, plus the dense random reports of the test above
        List<EventRecord> rows = new ArrayList<>(reports(seed, 1_000));
        double[] weights = {1.0, 0.75, 0.5, 0.25};
        int n = 0;
        for (LedgerEvent c : curated) {
            for (int k = 0; k < 3; k++) {
                boolean swap = rnd.nextBoolean();
                String a = swap ? c.actor2() : c.actor1();
                String b = swap ? c.actor1() : c.actor2();
                LocalDate day = c.date().plusDays(rnd.nextInt(4) - 1);
                String code = c.cameo().substring(0, 2)
                        + (rnd.nextBoolean() ? c.cameo().substring(2) : "");
                if (code.length() < 3) {
                    code = code + "0";
                }
                EventRecord e = new EventRecord(
                        String.format(Locale.ROOT, "p-%05d", n++),
                        EventRecord.Origin.EXTRACTED,
                        Optional.of(String.format(Locale.ROOT, "pack-art-%03d", rnd.nextInt(40))),
                        Optional.empty(),
                        day,
                        a,
                        b,
                        Optional.empty(),
                        code,
                        Optional.empty(),
                        OptionalInt.of(1),
                        OptionalDouble.of(1.0),
                        EventRecord.Mode.ASSERTED,
                        weights[rnd.nextInt(weights.length)],
                        Optional.of(new EventRecord.Evidence(
                                "s", rnd.nextInt(30), Optional.empty(), Optional.empty(), Optional.empty())));
                rows.add(e);
            }
        }
        Dataset<Row> events = LocalSpark.session()
                .createDataFrame(
                        rows.stream()
                                .map(e -> EventRows.event(e, Optional.empty()))
                                .toList(),
                        EventRows.EVENT);
        Map<String, String> actual = new TreeMap<>();
        long reportIds = 0;
        for (Row r : MergeJob.engine(
                        events,
                        MergeJob.curated(LocalSpark.session(), Optional.of(pack)),
                        RelationsEngine.Settings.DEFAULT_UNCONFIRMED_WEIGHT)
                .collectAsList()) {
            actual.put(r.getAs("id"), shown(r));
            reportIds += r.<scala.collection.Seq<String>>getAs("report_ids").size();
        }
        // the engine's ledger: every curated event, then the reported ones that repeat none (RelationsEngine.of)
        Map<String, String> expected = new TreeMap<>();
        List<LedgerEvent> ledger = new ArrayList<>(curated);
        ledger.addAll(oneJvm(rows, curated));
        for (LedgerEvent e : ledger) {
            expected.put(e.id(), shown(e));
        }
        long foldedIntoCurated =
                oneJvm(rows, List.of()).size() - oneJvm(rows, curated).size();
        assertThat(foldedIntoCurated)
                .as("seed %d: reports repeat curated events", seed)
                .isGreaterThan(20);
        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        long stateRows = rows.stream()
                .filter(e -> e.actor1().matches("[A-Z]{3}") && e.actor2().matches("[A-Z]{3}"))
                .count();
        assertThat(reportIds)
                .as("every state row and curated event lands in one event")
                .isEqualTo(stateRows + curated.size());
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
