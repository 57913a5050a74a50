package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.EventLines;
import dev.crossroads.relations.imports.GdeltMentions;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.relations.imports.ImportedEvent;
import dev.crossroads.relations.imports.ParsedLine;
import dev.crossroads.store.EventMapping;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark import polecat|icews|acled} and GDELT Mentions on {@code local[2]} against the single-JVM reading
 * ({@code crossroads import}: the first non-blank line is the header, then each line parsed, filtered and mapped)
 * on files grown from the importers' test files (app/src/test/resources/.../imports, written from each codebook):
 * their rows repeated, blank lines and bad rows put in, read in many splits. The events, the mentions and the bad
 * rows (by file and line) must be exactly the single JVM's.
 */
class ImportFormatsIT {
    static final Path FIXTURES = Path.of("app/src/test/resources/dev/crossroads/app/imports");
    static final ImportFilter FILTER = new ImportFilter(
            Optional.of(LocalDate.parse("2025-07-11")),
            Optional.of(LocalDate.parse("2025-07-31")),
            Set.of("SYR", "ISR", "AZE"));

    @TempDir
    Path tmp;

    /** What the single JVM gives for a file: the kept events, the mentions and the bad rows. */
    record OneJvm(List<EventRecord> events, List<EventRepository.Report> reports, List<String> bad, long rows) {}

    static OneJvm oneJvm(ImportFormat format, boolean mentions, List<String> lines, ImportFilter filter) {
        List<EventRecord> events = new ArrayList<>();
        List<EventRepository.Report> reports = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        long rows = 0;
        EventLines parser = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int no = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (mentions) {
                rows++;
                GdeltMentions.Line p = GdeltMentions.parse(line, no);
                if (p instanceof GdeltMentions.Bad b) {
                    bad.add(b.toString());
                } else {
                    reports.add(EventMapping.mention(((GdeltMentions.Parsed) p).mention()));
                }
                continue;
            }
            if (parser == null) {
                parser = EventLines.of(format, line);
                if (EventLines.hasHeader(format)) {
                    continue;
                }
            }
            rows++;
            ParsedLine p = parser.parse(line, no);
            if (p instanceof ParsedLine.Bad b) {
                bad.add(b.toString());
                continue;
            }
            for (ImportedEvent e : ((ParsedLine.Parsed) p).events()) {
                if (filter.accepts(e)) {
                    events.add(EventMapping.imported(e));
                }
            }
        }
        return new OneJvm(events, reports, bad, rows);
    }

    /** The fixture's rows (after its header, if any) repeated, with a blank line and a bad row now and then. */
    static List<String> grown(String fixture, boolean header, int copies, String badRow) throws Exception {
        List<String> src =
                Files.readAllLines(LocalSpark.root().resolve(FIXTURES).resolve(fixture));
        List<String> out = new ArrayList<>();
        List<String> data = src;
        if (header) {
            out.add(src.get(0));
            data = src.subList(1, src.size());
        }
        for (int c = 0; c < copies; c++) {
            out.addAll(data);
            if (c % 97 == 5) {
                out.add("");
            }
            if (c % 211 == 17) {
                out.add(badRow);
            }
        }
        return out;
    }

    static ImportJob.Result sparkRun(ImportFormat format, List<Path> files, Path out, ImportFilter filter) {
        Configuration conf = LocalSpark.session().sparkContext().hadoopConfiguration();
        String key = "mapreduce.input.fileinputformat.split.maxsize";
        String before = conf.get(key);
        conf.setLong(key, 64 * 1024); // many splits: a bad row's line must be counted across them
        try {
            return ImportJob.run(
                    LocalSpark.session(),
                    new ImportJob.Options(
                            format, files.stream().map(Path::toString).toList(), out.toString(), filter, false));
        } finally {
            if (before == null) {
                conf.unset(key);
            } else {
                conf.set(key, before);
            }
        }
    }

    static List<String> rejected(Path out) {
        return LocalSpark.session().read().parquet(out.resolve("rejected").toString()).collectAsList().stream()
                .map(r -> r.getString(0) + ": " + r.getString(1))
                .sorted()
                .toList();
    }

    static List<EventRecord> sorted(List<EventRecord> events) {
        return events.stream().sorted(Comparator.comparing(EventRecord::id)).toList();
    }

    void checkFormat(ImportFormat format, String fixture, String badRow) throws Exception {
        checkFormat(format, fixture, badRow, FILTER);
    }

    void checkFormat(ImportFormat format, String fixture, String badRow, ImportFilter filter) throws Exception {
        List<String> lines = grown(fixture, true, 2_000, badRow);
        Path file = tmp.resolve(fixture);
        Files.write(file, lines);
        assertThat(Files.size(file)).isGreaterThan(4 * 64 * 1024);
        Path out = tmp.resolve("out");
        ImportJob.Result r = sparkRun(format, List.of(file), out, filter);

        OneJvm expected = oneJvm(format, false, lines, filter);
        assertThat(expected.events()).isNotEmpty();
        assertThat(expected.bad()).hasSizeGreaterThan(5);
        List<EventRecord> actual = new ArrayList<>();
        LocalSpark.session().read().parquet(out.resolve("events").toString()).collectAsList().stream()
                .map(EventRows::toEvent)
                .forEach(actual::add);
        assertThat(sorted(actual)).isEqualTo(sorted(expected.events()));
        assertThat(r.rows()).isEqualTo(expected.rows());
        assertThat(r.kept()).isEqualTo(expected.events().size());
        assertThat(r.leftOut()).isPositive();
        assertThat(r.rejected()).isEqualTo(expected.bad().size());
        assertThat(rejected(out))
                .isEqualTo(expected.bad().stream()
                        .map(b -> file + ": " + b)
                        .sorted()
                        .toList());
    }

    @Test
    void polecatOnLocal2GivesTheSingleJvmsEventsAndBadLines() throws Exception {
        checkFormat(
                ImportFormat.POLECAT,
                "polecat-good.tsv",
                "20250799-0009\t2025-07-12\tNOT-A-TYPE" + "\t".repeat(37),
                new ImportFilter(Optional.of(LocalDate.parse("2025-07-11")), Optional.empty(), Set.of("SYR")));
    }

    @Test
    void icewsOnLocal2GivesTheSingleJvmsEventsAndBadLines() throws Exception {
        checkFormat(ImportFormat.ICEWS, "icews-good.tab", "30009\t2025-07-12\ttoo few columns");
    }

    @Test
    void acledOnLocal2GivesTheSingleJvmsEventsAndBadLines() throws Exception {
        checkFormat(
                ImportFormat.ACLED,
                "acled-good.csv",
                "SYR90009,2025-13-40,2025,1,Political violence,Explosions/Remote violence,Air/drone strike,"
                        + "Military Forces of Israel (2022-),,8,Military Forces of Syria (2024-),,1,18,,760,Middle East,"
                        + "Syria,Damascus,Damascus,,Damascus,33.5,36.3,1,Example Wire,National,notes,0,,1752300000",
                new ImportFilter(Optional.of(LocalDate.parse("2025-07-01")), Optional.empty(), Set.of("ISR")));
    }

    @Test
    void gdeltEventsAndMentionsOnLocal2GiveTheSingleJvmsEventsReportsAndBadLines() throws Exception {
        List<String> events = grown("gdelt-events.csv", false, 1, "");
        List<String> mentions = grown("gdelt-mentions.csv", false, 2_500, "1100000001\t20250712120000\tnot a time");
        Path eventsFile = tmp.resolve("20250712.export.CSV");
        Path mentionsFile = tmp.resolve("20250712.mentions.CSV");
        Files.write(eventsFile, events);
        Files.write(mentionsFile, mentions);
        Path out = tmp.resolve("out");
        ImportJob.Result r = sparkRun(ImportFormat.GDELT, List.of(eventsFile, mentionsFile), out, ImportFilter.ALL);

        OneJvm e = oneJvm(ImportFormat.GDELT, false, events, ImportFilter.ALL);
        OneJvm m = oneJvm(ImportFormat.GDELT, true, mentions, ImportFilter.ALL);
        assertThat(m.reports()).hasSizeGreaterThan(1_000);
        assertThat(sorted(ImportJobIT.events(out).stream().toList())).isEqualTo(sorted(e.events()));
        List<EventRepository.Report> reports = new ArrayList<>();
        for (Row row : LocalSpark.session()
                .read()
                .parquet(out.resolve("reports").toString())
                .collectAsList()) {
            reports.add(EventRows.toReport(row));
        }
        Comparator<EventRepository.Report> order =
                Comparator.comparing(EventRepository.Report::eventId).thenComparing(EventRepository.Report::url);
        assertThat(reports.stream().sorted(order).toList())
                .isEqualTo(m.reports().stream().sorted(order).toList());
        assertThat(r.mentions()).isEqualTo(m.reports().size());
        assertThat(r.rows()).isEqualTo(e.rows() + m.rows());
        assertThat(rejected(out))
                .isEqualTo(m.bad().stream()
                        .map(b -> mentionsFile + ": " + b)
                        .sorted()
                        .toList());

        // loaded: the events, then the mentions of stored events, as crossroads import loads them
        String db = "jdbc:sqlite:" + tmp.resolve("g.db");
        LoadJob.Result loaded = LoadJob.run(LocalSpark.session(), new LoadJob.Options(out.toString(), db, 100));
        assertThat(loaded.added()).isEqualTo(e.events().size());
        try (Store store = Store.open(db)) {
            long stored = m.reports().stream()
                    .filter(x -> e.events().stream().anyMatch(ev -> ev.id().equals(x.eventId())))
                    .map(x -> x.eventId() + " " + x.url())
                    .distinct()
                    .count();
            assertThat(loaded.reports()).isEqualTo(stored).isPositive();
            assertThat(store
                            .events()
                            .findHappenings(
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Set.of(EventRecord.Origin.IMPORTED))
                            .stream()
                            .mapToLong(h -> h.reports().size())
                            .sum())
                    .isEqualTo(stored);
        }
    }
}
