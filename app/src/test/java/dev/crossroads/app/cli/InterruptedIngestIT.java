package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.store.EventRecord;
import dev.crossroads.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed midway (the packaged jar in a child JVM, destroyed) leaves only whole batches; a re-run
 * completes the store without duplicating anything, and the result equals an uninterrupted ingest.
 */
class InterruptedIngestIT {
    static final int ARTICLES = 150;
    static final int BATCH = 5;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNothingAndDuplicatesNothing() throws Exception {
        Path corpus = dir.resolve("many.jsonl");
        List<String> lines = new ArrayList<>();
        String[] texts = {
            "Azerbaijan signed a gas agreement with Syria.",
            "Israeli jets struck targets near Damascus.",
            "Turkey condemned Israel over the strikes.",
            "Qatar offered aid to Syria.",
            "Iran warned Azerbaijan over the corridor."
        };
        for (int i = 0; i < ARTICLES; i++) {
            lines.add(String.format(
                    "{\"published\":\"2025-%02d-%02d\",\"title\":\"Report %d\",\"text\":\"Report number %d. %s\"}",
                    1 + i % 12, 1 + i % 28, i, i, texts[i % texts.length]));
        }
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path dbFile = dir.resolve("killed.db");
        String db = "jdbc:sqlite:" + dbFile;

        Process p = start(corpus, db);
        long stored = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive()) {
            stored = count(dbFile);
            if (stored >= 3 * BATCH) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(p.isAlive())
                .as("the ingest finished before it could be interrupted; stored " + stored)
                .isTrue();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = count(dbFile);
        assertThat(afterKill).as("articles after the kill").isLessThan(ARTICLES);
        assertThat(afterKill % BATCH)
                .as("only whole batches are committed (" + afterKill + " articles)")
                .isZero();

        Process again = start(corpus, db);
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.exitValue()).as(out).isZero();
        assertThat(out)
                .contains(ARTICLES + " articles read: " + (ARTICLES - afterKill) + " added, " + afterKill
                        + " already stored");

        String clean = "jdbc:sqlite:" + dir.resolve("clean.db");
        Process reference = start(corpus, clean);
        assertThat(reference.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(eventsByArticle(db)).isEqualTo(eventsByArticle(clean));
        try (Store s = Store.open(db)) {
            assertThat(s.events().countArticles()).isEqualTo(ARTICLES);
        }
    }

    private static Map<String, List<String>> eventsByArticle(String db) {
        try (Store s = Store.open(db)) {
            return s.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                    .collect(Collectors.groupingBy(
                            e -> e.articleId().orElse("-"),
                            TreeMap::new,
                            Collectors.mapping(EventRecord::id, Collectors.toList())));
        }
    }

    private static Process start(Path corpus, String db) throws Exception {
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                PackCliIT.JAR.toString(),
                "ingest",
                corpus.toString(),
                "--db",
                db,
                "--batch",
                String.valueOf(BATCH),
                "--pack",
                PackCliIT.DEFAULT_PACK.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static long count(Path dbFile) {
        if (!Files.exists(dbFile)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // not migrated yet, or locked for a moment
        }
    }
}
