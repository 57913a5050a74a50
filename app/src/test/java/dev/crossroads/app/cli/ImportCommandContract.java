package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.EventRecord;
import dev.crossroads.store.EventRepository;
import dev.crossroads.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code crossroads import} on each format's test file (written for these tests from the formats' published
 * column lists): a good file loads, a re-run adds nothing, a broken file (bad column count, bad date, unknown
 * code) is reported by line and leaves nothing stored. A subclass supplies the database.
 */
abstract class ImportCommandContract {
    abstract String newDatabaseUrl() throws Exception;

    void dropDatabase(String url) throws Exception {}

    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void open() throws Exception {
        db = newDatabaseUrl();
    }

    @AfterEach
    void drop() throws Exception {
        dropDatabase(db);
    }

    Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = ImportCommandContract.class.getResourceAsStream("/dev/crossroads/app/imports/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /** The test file with line {@code line} (from 1) changed by {@code edit}. */
    Path broken(String name, int line, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path p = file(name);
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        lines.set(line - 1, edit.apply(lines.get(line - 1)));
        Path out = dir.resolve("broken-" + name);
        Files.write(out, lines, StandardCharsets.UTF_8);
        return out;
    }

    long events() {
        try (Store s = Store.open(db)) {
            return s.events().countEvents();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gdelt, gdelt-events.csv, 4, 3, 1",
        "polecat, polecat-good.tsv, 3, 4, 0",
        "icews, icews-good.tab, 3, 2, 1",
        "acled, acled-good.csv, 2, 1, 1"
    })
    void aGoodFileLoadsAndAReRunAddsNothing(String format, String name, int rows, int added, int left)
            throws IOException {
        Path f = file(name);
        CliRun first = CliRun.of("import", format, f.toString(), "--db", db);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains(String.format(
                        "%s: %d rows: %d events added, 0 already stored, %d left out", f, rows, added, left));
        CliRun again = CliRun.of("import", format, f.toString(), "--db", db);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains(String.format("%d events added, %d already stored", 0, added));
        assertThat(events()).isEqualTo(added);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gdelt|columns|gdelt-events.csv|3|expected 61 tab-separated columns|3",
                "gdelt|date|gdelt-events.csv|2|column 2 (SQLDATE): '20251341' is not a date|2",
                "gdelt|code|gdelt-events.csv|4|column 27 (EventCode): unknown CAMEO code '215'|2",
                "polecat|columns|polecat-good.tsv|3|expected 40 tab-separated columns as in the header, got 41|3",
                "polecat|date|polecat-good.tsv|2|column 2 (Event Date): '2025-13-12' is not a date|3",
                "polecat|code|polecat-good.tsv|4|column 3 (Event Type): unknown PLOVER type 'CONSOLE'|2",
                "icews|columns|icews-good.tab|3|expected 20 tab-separated columns as in the header, got 21|1",
                "icews|date|icews-good.tab|2|column 2 (Event Date): '2025-13-12' is not a date|1",
                "icews|code|icews-good.tab|4|column 7 (CAMEO Code): unknown CAMEO code '000'|2",
                "acled|columns|acled-good.csv|2|expected 31 comma-separated columns as in the header, got 32|0",
                "acled|date|acled-good.csv|3|column 2 (event_date): '12 Julember 2025' is not a date|1",
                "acled|code|acled-good.csv|2|unknown ACLED event type 'Explosions/Remote violence' / 'Air strike'|0"
            })
    void aBrokenFileIsReportedByLineAndNothingOfItIsStored(
            String format, String fault, String name, int line, String message, int kept) throws IOException {
        Path f = broken(name, line, l -> switch (format + "/" + fault) {
            case "gdelt/columns", "polecat/columns", "icews/columns" -> l + "\textra";
            case "acled/columns" -> l + ",extra";
            case "gdelt/date" -> l.replace("\t20250712\t", "\t20251341\t");
            case "polecat/date", "icews/date" -> l.replace("2025-07-12", "2025-13-12");
            case "acled/date" -> l.replace("12 July 2025", "12 Julember 2025");
            case "gdelt/code" -> l.replace("\t195\t", "\t215\t");
            case "polecat/code" -> l.replace("\tREQUEST\t", "\tCONSOLE\t");
            case "icews/code" -> l.replace("\t13\t", "\t00\t");
            case "acled/code" -> l.replace("Air/drone strike", "Air strike");
            default -> throw new IllegalArgumentException(fault);
        });
        CliRun run = CliRun.of("import", format, f.toString(), "--db", db);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(f + ": line " + line + ": ")
                .contains(message)
                .contains("NOT stored");
        assertThat(events()).as("nothing of a failed file is stored").isZero();

        CliRun skipping = CliRun.of("import", format, f.toString(), "--db", db, "--skip-bad");
        assertThat(skipping.exitCode()).isEqualTo(1);
        assertThat(skipping.out()).contains("1 bad rows skipped");
        // the good rows' state dyads are stored (ACLED's other row is a protest, not between two states)
        assertThat(events()).isEqualTo(kept);
    }

    @Test
    void gdeltMentionsAreReportsOfStoredEvents() throws IOException {
        Path events = file("gdelt-events.csv");
        Path mentions = file("gdelt-mentions.csv");
        // mentions named first: events files are loaded first anyway
        CliRun run = CliRun.of("import", "gdelt", mentions.toString(), events.toString(), "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(mentions + ": 3 mentions: 2 stored, 1 skipped");
        try (Store s = Store.open(db)) {
            EventRepository.Happening visit = s.events()
                    .findHappenings(
                            Optional.of("SYR"),
                            Optional.empty(),
                            Optional.of(java.time.LocalDate.of(2025, 7, 12)),
                            EnumSet.of(EventRecord.Origin.IMPORTED))
                    .get(0);
            assertThat(visit.reports()).hasSize(2);
            EventRecord.Imported row = visit.events().get(0).imported().orElseThrow();
            assertThat(row.dataset()).isEqualTo("gdelt");
            assertThat(row.sources()).isEqualTo(4);
            assertThat(row.mentions()).isEqualTo(12);
            assertThat(row.url()).contains("https://news.example/sharaa-baku");
            assertThat(row.actor1Role()).contains("GOV");
        }
    }

    @Test
    void theFilterKeepsTheDatesAndStatesAsked() throws IOException {
        Path f = file("gdelt-events.csv");
        CliRun run = CliRun.of(
                "import",
                "gdelt",
                f.toString(),
                "--db",
                db,
                "--from",
                "2025-07-12",
                "--to",
                "2025-07-31",
                "--actors",
                "syr,IRN");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 events added, 0 already stored, 3 left out");
    }

    @Test
    void aPolecatMediationKeepsAllThreeStates() throws IOException {
        CliRun run = CliRun.of("import", "polecat", file("polecat-good.tsv").toString(), "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Store s = Store.open(db)) {
            EventRecord m = s.events().findEvents(Optional.of("AZE"), Optional.empty(), Optional.empty()).stream()
                    .filter(e -> e.mediator().isPresent())
                    .findFirst()
                    .orElseThrow();
            assertThat(List.of(m.actor1(), m.actor2(), m.mediator().get())).containsExactly("TUR", "ISR", "AZE");
            assertThat(m.cameo()).isEqualTo("044");
            assertThat(m.imported().orElseThrow().mediatorRole()).contains("GOV");
        }
    }

    @Test
    void anUnknownFormatOrAMissingFileIsAClearError() {
        CliRun unknown = CliRun.of("import", "phoenix", "x.csv", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown import format 'phoenix': use one of gdelt, polecat, icews, acled");
        CliRun missing = CliRun.of("import", "acled", dir.resolve("none.csv").toString(), "--db", db);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("none.csv");
    }
}
