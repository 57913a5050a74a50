package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 17: figures a person reads are grouped ("800,000", never "800000" beside "3.0 m"), and curated
 * events show their PLOVER type and Goldstein score. A number of five or more digits without grouping in a table
 * is a raw print (years, dates and ids aside).
 */
class NoRawFiguresTest {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");
    /** Five or more digits not part of a grouped number, a decimal, a date or an id. */
    static final Pattern RAW = Pattern.compile("(?<![\\d,.\\-:/A-Za-z_])\\d{5,}(?![\\d,\\-:/A-Za-z_])");

    static List<String> rawFigures(String text) {
        Matcher m = RAW.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = text.indexOf('\n', m.end());
            found.add(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)
                    .strip());
        }
        return found;
    }

    @Test
    void theDetectorFindsARawFigureAndLeavesGroupedOnesDatesAndIdsAlone() {
        assertThat(rawFigures("phc  facility  800000  3.0 m")).hasSize(1);
        assertThat(rawFigures("phc  facility  800,000  3.0 m  2025-06-30  s48  EO 14312x  0.00001"))
                .isEmpty();
    }

    @Test
    void packTablesAndNeedsPrintGroupedFiguresAndCsvStaysRaw() {
        Requirements.defaultPack(DEFAULT_PACK);
        String pack = DEFAULT_PACK.toString();
        for (String section : List.of("rebuild", "gas", "roads", "power", "relations")) {
            CliRun r = CliRun.of("pack", "show", "--pack", pack, "--section", section);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(rawFigures(r.out())).as("pack show --section " + section).isEmpty();
        }
        CliRun rebuild = CliRun.of("pack", "show", "--pack", pack, "--section", "rebuild");
        assertThat(rebuild.out()).contains("1,754,000").contains("800,000");
        CliRun csv = CliRun.of("pack", "show", "--pack", pack, "--section", "rebuild", "--format", "csv");
        assertThat(csv.out()).contains("Damascus,1754000,2011");
        CliRun needs = CliRun.of("rebuild", "needs", "--pack", pack);
        assertThat(needs.exitCode()).as(needs.err()).isZero();
        assertThat(rawFigures(needs.out())).as("rebuild needs").isEmpty();
        assertThat(needs.out()).contains("800,000     3.0 m");
        CliRun power = CliRun.of("power", "supply", "--pack", pack);
        assertThat(rawFigures(power.out())).as("power supply").isEmpty();
    }

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @Test
    void storedCuratedEventsTakeThePloverTypeAndGoldsteinScoreOfTheirCode() {
        String db = "jdbc:sqlite:" + tmp.resolve("e.db");
        CliRun load =
                CliRun.of("pack", "load", "--pack", RebuildCommandTest.minimal().toString(), "--db", db);
        assertThat(load.exitCode()).as(load.err()).isZero();
        CliRun events = CliRun.of("events", "--db", db);
        assertThat(events.exitCode()).as(events.err()).isZero();
        List<String> curated =
                events.out().lines().filter(l -> l.contains("curated")).toList();
        assertThat(curated).isNotEmpty().allSatisfy(l -> assertThat(l).containsPattern(" [+-]\\d+\\.\\d +curated"));
    }

    @Test
    void curatedEventsShowTheirPloverTypeAndGoldsteinScore() {
        Requirements.defaultPack(DEFAULT_PACK);
        CliRun events = CliRun.of("pack", "show", "--pack", DEFAULT_PACK.toString(), "--section", "events");
        assertThat(events.out()).contains("plover").contains("goldstein");
        assertThat(events.out().lines().filter(l -> l.contains("IRGC commander confirms")))
                .singleElement()
                .satisfies(
                        l -> assertThat(l).contains(" 190 ").contains("FIGHT").contains("-10.00"));
        CliRun timeline = CliRun.of("relations", "timeline", "SYR", "ISR", "--pack", DEFAULT_PACK.toString());
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.out().lines().filter(l -> l.contains("curated")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).containsPattern("[A-Z]{4,} +[+-]\\d+\\.\\d\\d"));
    }
}
