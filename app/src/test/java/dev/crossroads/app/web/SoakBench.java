package dev.crossroads.app.web;

import dev.crossroads.app.service.ArticleIngest;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.PostgresServer;
import dev.crossroads.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Load and soak check (issue 14), run on demand, never in the build: {@code CLIENTS} clients on loopback for
 * {@code MINUTES} minutes mixing reads ({@code /api/pack}), computing endpoints ({@code POST /api/energy/disrupt},
 * {@code GET /api/brief}) and ingest ({@code POST /api/ingest}, articles of its own per client plus shared ones),
 * against SQLite or PostgreSQL. Prints per endpoint the requests, rate and latency percentiles, any 5xx, the heap
 * after GC every minute, and then compares the stored events with a sequential ingest of the same articles
 * (lost, extra or different events). Each client's loop is bounded by the deadline and by a request count.
 *
 * <pre>
 * mvn -B -o -pl app -am test -Dtest=SoakBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsoak.minutes=10 -Dsoak.clients=20 -Dsoak.db=sqlite|postgres
 * </pre>
 */
class SoakBench {
    static final List<String> SENTENCES = ConcurrentIngestIT.SENTENCES;

    record Sample(String endpoint, int status, long micros) {}

    @Test
    void soak() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "1"));
        int clients = Integer.parseInt(System.getProperty("soak.clients", "20"));
        String kind = System.getProperty("soak.db", "sqlite");
        Path pack = Path.of(System.getProperty("soak.pack", "../packs/caucasus-levant"));
        Path tmp = Files.createTempDirectory("soak");
        String url = kind.equals("postgres") ? PostgresServer.newSchemaUrl() : "jdbc:sqlite:" + tmp.resolve("soak.db");
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        // article JSON line -> "stored" once answered 200, "unanswered" while only sent (or timed out)
        Map<String, String> posted = new ConcurrentHashMap<>();
        List<String> heap = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serial = new AtomicInteger();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        try (TestServer s = new TestServer(pack, url, ServerConfig.local(0), List.of())) {
            long started = System.nanoTime();
            long deadline = started + (long) (minutes * 60e9);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                all.add(pool.submit(() -> {
                    Random random = new Random(14L + client);
                    for (int i = 0; i < 1_000_000 && System.nanoTime() < deadline; i++) {
                        int pick = random.nextInt(100);
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = null;
                        String endpoint;
                        try {
                            if (pick < 55) {
                                endpoint = "GET /api/pack";
                                r = s.get("/api/pack");
                            } else if (pick < 80) {
                                endpoint = "POST /api/energy/disrupt";
                                r = s.post("/api/energy/disrupt", "{\"cut\": [\"kilis-aleppo\"]}");
                            } else if (pick < 90) {
                                endpoint = "GET /api/brief";
                                r = s.get("/api/brief");
                            } else {
                                endpoint = "POST /api/ingest";
                                // half the articles are shared by all clients (duplicates), half are the client's own
                                int n = random.nextBoolean() ? random.nextInt(200) : 1_000 + serial.incrementAndGet();
                                String line = article(n);
                                posted.putIfAbsent(line, "unanswered");
                                r = s.send(s.request("/api/ingest")
                                        .header("Content-Type", "application/x-ndjson")
                                        .POST(HttpRequest.BodyPublishers.ofString(line)));
                                if (r.statusCode() == 200) {
                                    posted.put(line, "stored");
                                }
                            }
                        } catch (java.io.UncheckedIOException e) {
                            // a timeout (the client waits 20 s) or a dropped connection: counted, not fatal
                            endpoint = pick < 55
                                    ? "GET /api/pack"
                                    : pick < 80
                                            ? "POST /api/energy/disrupt"
                                            : pick < 90 ? "GET /api/brief" : "POST /api/ingest";
                        }
                        samples.add(
                                new Sample(endpoint, r == null ? 0 : r.statusCode(), (System.nanoTime() - t0) / 1000));
                    }
                    return null;
                }));
            }
            while (System.nanoTime() < deadline) {
                Thread.sleep(Math.min(60_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                System.gc();
                heap.add(String.format(Locale.ROOT, "%.0f", (System.nanoTime() - started) / 1e9) + " s: "
                        + mem.getHeapMemoryUsage().getUsed() / (1 << 20) + " MiB");
            }
            for (Future<?> f : all) {
                f.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            report(kind, clients, seconds, samples, heap);
            compare(s, pack, tmp, posted);
        }
        if (kind.equals("postgres")) {
            PostgresServer.stopEmbedded();
        }
    }

    static String article(int n) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 2 + n % 4; k++) {
            text.append(SENTENCES.get((n * 5 + k * 7) % SENTENCES.size())).append(' ');
        }
        text.append("Reference ").append(n).append('.');
        return Json.write(Map.of(
                        "published",
                        String.format(Locale.ROOT, "2025-%02d-%02d", 1 + n % 12, 1 + n % 28),
                        "source",
                        "Soak Wire",
                        "title",
                        "Soak " + n,
                        "text",
                        text.toString()))
                .replace("\n", "");
    }

    static void report(
            String kind, int clients, double seconds, ConcurrentLinkedQueue<Sample> samples, List<String> heap) {
        System.out.printf(
                Locale.ROOT, "%nsoak on %s: %d clients, %.0f s, %d requests%n", kind, clients, seconds, samples.size());
        Map<String, List<Sample>> by =
                samples.stream().collect(Collectors.groupingBy(Sample::endpoint, TreeMap::new, Collectors.toList()));
        System.out.println(
                "| endpoint | requests | req/s | p50 ms | p99 ms | max ms | 4xx | 5xx | no answer in 20 s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var e : by.entrySet()) {
            long[] us = e.getValue().stream().mapToLong(Sample::micros).sorted().toArray();
            long c4 = e.getValue().stream()
                    .filter(x -> x.status() >= 400 && x.status() < 500)
                    .count();
            long c5 = e.getValue().stream().filter(x -> x.status() >= 500).count();
            long none = e.getValue().stream().filter(x -> x.status() == 0).count();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d |%n",
                    e.getKey(),
                    us.length,
                    us.length / seconds,
                    us[us.length / 2] / 1000.0,
                    us[(int) (us.length * 0.99)] / 1000.0,
                    us[us.length - 1] / 1000.0,
                    c4,
                    c5,
                    none);
        }
        System.out.println("heap after GC: " + String.join(", ", heap));
    }

    /**
     * The store's extracted events against a sequential ingest of every article sent: an article answered 200 must
     * be stored with exactly the sequential events; one that got no answer in time may or may not be stored, but if
     * stored, with exactly those events; nothing else may be stored.
     */
    static void compare(TestServer s, Path pack, Path tmp, Map<String, String> posted) {
        List<EventRecord> got = events(s.store);
        List<String> lines = new ArrayList<>(posted.keySet());
        Collections.sort(lines);
        try (Store reference = Store.open("jdbc:sqlite:" + tmp.resolve("reference.db"))) {
            var extractor = ArticleIngest.extractor(PackLoader.load(pack));
            List<String> answered =
                    lines.stream().filter(l -> posted.get(l).equals("stored")).toList();
            ArticleIngest.Outcome o = ArticleIngest.body(reference, extractor, String.join("\n", answered), 20);
            List<EventRecord> mustHave = events(reference);
            ArticleIngest.body(reference, extractor, String.join("\n", lines), 20);
            List<EventRecord> mayHave = events(reference);
            Map<String, EventRecord> byId = got.stream().collect(Collectors.toMap(EventRecord::id, e -> e));
            Map<String, EventRecord> allowed = mayHave.stream().collect(Collectors.toMap(EventRecord::id, e -> e));
            long lost = mustHave.stream().filter(e -> !byId.containsKey(e.id())).count();
            long wrong = got.stream()
                    .filter(e ->
                            allowed.containsKey(e.id()) && !allowed.get(e.id()).equals(e))
                    .count();
            long extra = got.stream().filter(e -> !allowed.containsKey(e.id())).count();
            System.out.printf(
                    Locale.ROOT,
                    "articles stored %d (answered 200: %d distinct, sent: %d), events stored %d (sequential"
                            + " ingest of the answered: %d, of all sent: %d): %d lost, %d wrong, %d extra%n",
                    s.store.events().countArticles(),
                    o.added(),
                    lines.size(),
                    got.size(),
                    mustHave.size(),
                    mayHave.size(),
                    lost,
                    wrong,
                    extra);
            if (lost + wrong + extra > 0) {
                throw new AssertionError(lost + " lost, " + wrong + " wrong, " + extra + " extra events");
            }
        }
    }

    static List<EventRecord> events(Store store) {
        return store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .filter(e -> e.origin() == EventRecord.Origin.EXTRACTED)
                .toList();
    }
}
