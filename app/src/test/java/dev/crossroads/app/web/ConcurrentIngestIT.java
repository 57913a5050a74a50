package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.PostgresServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: 20 clients posting the same and different articles to {@code POST /api/ingest} at once store exactly
 * what one client posting them one by one stores, event by event, on SQLite and on PostgreSQL. (Before: 19 x 500,
 * extra articles, wrong events from a shared OpenNLP tokenizer, event id collisions.)
 */
class ConcurrentIngestIT {
    static final long SEED = 14;
    static final int CLIENTS = 20;
    static final List<String> SENTENCES = List.of(
            "Azerbaijan signed an agreement with Syria on gas supplies.",
            "Israeli jets struck targets near Damascus.",
            "Turkey's foreign minister met his Syrian counterpart in Ankara.",
            "Iran never attacked Azerbaijan.",
            "Qatar plans to finance projects in Syria.",
            "President Aliyev hosted talks between Israel and Turkey in Baku.",
            "Russia would recognize Syria's new government.",
            "Jordan criticized Israel over the strikes in southern Syria.",
            "Armenia and Azerbaijan agreed to meet again next month.",
            "Syrian officials praised Azerbaijan for its help with reconstruction.",
            "Turkey closed its ports to Israeli ships.",
            "Iran warned Azerbaijan against closer ties with Israel.");

    @TempDir
    Path tmp;

    @AfterAll
    static void stopPostgres() throws Exception {
        PostgresServer.stopEmbedded();
    }

    /** Article {@code n} as one JSON line: a few sentences, a date, a title. */
    static String article(int n) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 2 + n % 4; s++) {
            text.append(SENTENCES.get((n * 5 + s * 7) % SENTENCES.size())).append(' ');
        }
        Map<String, Object> a = Map.of(
                "url",
                "https://news.example/" + n,
                "published",
                String.format("2025-%02d-%02d", 1 + n % 12, 1 + n % 28),
                "source",
                "Example Wire",
                "title",
                "Report " + n,
                "text",
                text.toString().strip());
        return Json.write(a).replace("\n", "");
    }

    @Test
    void sqlite() throws Exception {
        compare(() -> "jdbc:sqlite:" + tmp.resolve("seq.db"), () -> "jdbc:sqlite:" + tmp.resolve("par.db"));
    }

    @Test
    void postgres() throws Exception {
        compare(PostgresServer::newSchemaUrl, PostgresServer::newSchemaUrl);
    }

    interface Url {
        String get() throws Exception;
    }

    void compare(Url sequentialDb, Url concurrentDb) throws Exception {
        int shared = 10;
        int own = 2;
        int total = shared + CLIENTS * own;
        List<EventRecord> expected;
        try (TestServer one =
                new TestServer(TestPacks.minimal(), sequentialDb.get(), ServerConfig.local(0), List.of())) {
            for (int n = 0; n < total; n++) {
                HttpResponse<String> r = ingest(one, List.of(article(n)));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            expected = extracted(one);
        }
        assertThat(expected).hasSizeGreaterThan(total);

        try (TestServer many =
                new TestServer(TestPacks.minimal(), concurrentDb.get(), ServerConfig.local(0), List.of())) {
            CyclicBarrier start = new CyclicBarrier(CLIENTS);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<int[]>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    // every client posts all shared articles and its own ones, in its own seeded order, a few per
                    // request
                    List<String> mine = new ArrayList<>();
                    for (int n = 0; n < shared; n++) {
                        mine.add(article(n));
                    }
                    for (int k = 0; k < own; k++) {
                        mine.add(article(shared + client * own + k));
                    }
                    Collections.shuffle(mine, new Random(SEED + client));
                    start.await();
                    int[] counts = new int[3];
                    for (int i = 0; i < mine.size(); i += 3) {
                        HttpResponse<String> r = ingest(many, mine.subList(i, Math.min(mine.size(), i + 3)));
                        if (r.statusCode() != 200) {
                            throw new AssertionError("client " + client + " (seed " + (SEED + client) + "): "
                                    + r.statusCode() + " " + r.body());
                        }
                        JsonNode j = TestServer.json(r);
                        counts[0] += j.path("added").asInt();
                        counts[1] += j.path("duplicates").asInt();
                        counts[2] += j.path("skipped").size();
                    }
                    return counts;
                }));
            }
            int added = 0;
            int duplicates = 0;
            for (Future<int[]> f : results) {
                int[] c = f.get(10, TimeUnit.MINUTES);
                added += c[0];
                duplicates += c[1];
                assertThat(c[2]).isZero();
            }
            pool.shutdownNow();
            assertThat(added).as("articles reported added").isEqualTo(total);
            assertThat(duplicates).isEqualTo(CLIENTS * (shared + own) - total);
            assertThat(many.store.events().countArticles()).isEqualTo(total);
            List<EventRecord> got = extracted(many);
            assertThat(got).hasSameSizeAs(expected);
            Map<String, EventRecord> byId =
                    got.stream().collect(Collectors.toMap(EventRecord::id, Function.identity()));
            for (EventRecord e : expected) {
                assertThat(Optional.ofNullable(byId.get(e.id())))
                        .as("event %s", e.id())
                        .contains(e);
            }
            assertThat(many.log.toString()).doesNotContain("internal error");
        }
    }

    static HttpResponse<String> ingest(TestServer s, List<String> lines) {
        return s.send(s.request("/api/ingest")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines))));
    }

    static List<EventRecord> extracted(TestServer s) {
        return s.store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .filter(e -> e.origin() == EventRecord.Origin.EXTRACTED)
                .sorted(java.util.Comparator.comparing(EventRecord::id))
                .toList();
    }
}
