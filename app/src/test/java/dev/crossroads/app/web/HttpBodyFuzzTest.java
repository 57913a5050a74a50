package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.fuzz.Mutations;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.TestPacks;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the HTTP API's JSON bodies (energy disruption, job parameters, article ingest): every request ends in a
 * 2xx or a 4xx with a one-line JSON error, never a 5xx.
 */
class HttpBodyFuzzTest {
    static Path dir;
    static TestServer server;

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("http-fuzz");
        server = new TestServer(
                TestPacks.minimal(),
                "jdbc:sqlite:" + dir.resolve("fuzz.db"),
                ServerConfig.local(0),
                JobKinds.forPack(PackLoader.load(TestPacks.minimal()), TestPacks.minimal()));
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static final String ARTICLES =
            "{\"published\":\"2025-07-12\",\"title\":\"Gas deal\",\"text\":\"Azerbaijan signed a gas agreement"
                    + " with Syria.\"}\n{\"published\":\"2025-07-15\",\"title\":\"Strikes\",\"text\":\"Israeli jets struck targets near"
                    + " Damascus.\"}\n";

    record Call(String path, String type, byte[] body) {}

    @Provide
    Arbitrary<Call> calls() {
        return Arbitraries.oneOf(
                Mutations.bytesOf(
                                "{\"cut\": [\"p3\", \"sw1\"], \"year\": 2025, \"transit\": [\"BBB\"], \"remaining\": 0.5}")
                        .map(b -> new Call("/api/energy/disrupt", "application/json", b)),
                Mutations.bytesOf("{\"year\": 2025, \"top\": 3, \"base\": \"optimum\"}")
                        .map(b -> new Call("/api/jobs/energy.n-1", "application/json", b)),
                Mutations.bytesOf("{\"period\": \"2025-06\", \"timeLimitSeconds\": 0.05}")
                        .map(b -> new Call("/api/jobs/rebuild.logistics", "application/json", b)),
                Mutations.bytesOf(ARTICLES).map(b -> new Call("/api/ingest", "application/x-ndjson", b)));
    }

    @Property(seed = "14")
    void noBodyGetsA5xx(@ForAll("calls") Call c) {
        HttpResponse<String> r = server.send(server.request(c.path())
                .header("Content-Type", c.type())
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body())));
        assertThat(r.statusCode()).as("%s %s", c.path(), r.body()).isBetween(200, 499);
        if (r.statusCode() == 503) {
            return; // the job queue is full: a refusal, not a failure
        }
        if (r.statusCode() >= 400) {
            JsonNode j = TestServer.json(r);
            assertThat(Mutations.oneLine(j.path("error").asText())).as(r.body()).isTrue();
        }
    }
}
