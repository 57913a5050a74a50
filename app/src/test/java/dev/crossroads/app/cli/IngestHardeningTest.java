package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.IngestCommandTest.GOOD1;
import static dev.crossroads.app.cli.IngestCommandTest.GOOD2;
import static dev.crossroads.app.cli.IngestCommandTest.GOOD3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.input.Limits;
import dev.crossroads.store.Store;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: article input that was stored wrongly, half stored, or reported without its file and line. */
class IngestHardeningTest {
    @TempDir
    Path dir;

    String db() {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    long stored() {
        try (Store s = Store.open(db())) {
            return s.events().countArticles();
        }
    }

    @Test
    void aBadByteStoresNothingOfItsFileAndNamesTheLineAndTheSummaryIsPrinted() throws Exception {
        Path good = dir.resolve("a.jsonl");
        Files.writeString(good, GOOD1 + "\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("b.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((GOOD2 + "\n" + GOOD3 + "\n{\"published\":\"2025-01-02\",\"text\":\"Iran ")
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("warned Azerbaijan.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(bad, bytes.toByteArray());
        CliRun r = CliRun.of("ingest", dir.toString(), "--db", db(), "--batch", "1");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "b.jsonl:3: column 40 is not UTF-8 (byte 0xFF); save the file as UTF-8; nothing of this file was stored")
                .doesNotContain("MalformedInput");
        assertThat(r.out()).contains("1 articles read: 1 added").contains("1 bad records skipped");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aByteOrderMarkBeforeTheFirstJsonLineIsAccepted() throws Exception {
        Path file = dir.resolve("bom.jsonl");
        Files.writeString(file, "\uFEFF" + GOOD1 + "\n" + GOOD2 + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 articles read: 2 added");
    }

    @Test
    void datesWithTrailingGarbageOrOutsideThePossibleRangeAreSkipped() throws Exception {
        Path file = dir.resolve("dates.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                "{\"published\":\"2025-01-01garbage\",\"text\":\"Iran warned Azerbaijan.\"}",
                                "{\"published\":\"9999-12-31\",\"text\":\"Turkey praised Syria.\"}",
                                "{\"published\":\"1899-12-31\",\"text\":\"Turkey praised Syria again.\"}",
                                "{\"published\":\"2025-01-01T10:00:00\",\"text\":\"Israel criticised Turkey.\"}")
                        + "\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains("dates.jsonl:1: \"published\" '2025-01-01garbage' is not a date")
                .contains("dates.jsonl:2: \"published\" 9999-12-31 is outside 1900-01-01 to")
                .contains("dates.jsonl:3: \"published\" 1899-12-31 is outside");
        assertThat(r.out()).contains("1 articles read: 1 added");
    }

    @Test
    void aNulByteInAFieldIsRefused() throws Exception {
        Path file = dir.resolve("nul.jsonl");
        Files.writeString(
                file,
                "{\"published\":\"2025-01-01\",\"title\":\"a\\u0000b\",\"text\":\"Iran warned Azerbaijan.\"}\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("ingest", file.toString(), "--db", db());
        assertThat(r.err()).contains("nul.jsonl:1: a field holds a NUL character");
        assertThat(stored()).isZero();
    }

    @Test
    void anArticleAboveTheSizeOrEventLimitIsSkippedNamingTheLimit() throws Exception {
        Path file = dir.resolve("big.jsonl");
        String many = "Turkey praised Syria. ".repeat(30);
        Files.writeString(
                file,
                "{\"published\":\"2025-01-01\",\"text\":\"" + "Iran warned Azerbaijan. ".repeat(100) + "\"}\n"
                        + "{\"published\":\"2025-01-02\",\"text\":\"" + many + "\"}\n" + GOOD1 + "\n",
                StandardCharsets.UTF_8);
        String bytesBefore = System.setProperty(Limits.property(Limits.ARTICLE_BYTES), "1000");
        String eventsBefore = System.setProperty(Limits.property(Limits.ARTICLE_EVENTS), "10");
        try {
            CliRun r = CliRun.of("ingest", file.toString(), "--db", db());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err())
                    .contains("big.jsonl:1: the text is 2.3 KiB, above the article size limit; the limit is 1,000;"
                            + " set -Dcrossroads.limit.articleBytes=N")
                    .contains(
                            "big.jsonl:2: the article yields 30 events, above the limit per article; the limit is 10;");
            assertThat(r.out()).contains("1 added");
        } finally {
            restore(Limits.property(Limits.ARTICLE_BYTES), bytesBefore);
            restore(Limits.property(Limits.ARTICLE_EVENTS), eventsBefore);
        }
    }

    static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
