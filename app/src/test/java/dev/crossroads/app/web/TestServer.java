package dev.crossroads.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.web.jobs.JobKind;
import dev.crossroads.app.web.jobs.JobService;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real server on a free loopback port, with its own store, for tests. Close it after the test. */
final class TestServer implements AutoCloseable {
    final RegionPack pack;
    final Store store;
    final JobService jobs;
    final WebServer server;
    final int port;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path packDir, String dbUrl, ServerConfig config, List<JobKind> kinds) {
        this.pack = PackLoader.load(packDir);
        this.store = Store.open(dbUrl);
        dev.crossroads.app.service.PackStoring.store(pack, packDir, store, java.time.Clock.systemUTC());
        this.jobs = new JobService(store.runs(), kinds, config.jobThreads(), config.jobQueue());
        this.server =
                new WebServer(config, pack, store, jobs, "test", new PrintStream(log, true, StandardCharsets.UTF_8));
        this.port = server.start();
    }

    static TestServer sqlite(Path packDir, Path tmp, List<JobKind> kinds) {
        return new TestServer(packDir, "jdbc:sqlite:" + tmp.resolve("crossroads.db"), ServerConfig.local(0), kinds);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * The Java client generated from the OpenAPI document (module api-client), pointed at this server. It refuses a
     * field the document does not declare, so a typed answer that grows past the document fails the test.
     */
    dev.crossroads.app.client.ApiClient client() {
        dev.crossroads.app.client.ApiClient c = new dev.crossroads.app.client.ApiClient();
        c.updateBaseUri(base());
        c.setReadTimeout(Duration.ofSeconds(60));
        c.getObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return c;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (status " + r.statusCode() + "): " + r.body(), e);
        }
    }

    /** Polls a job until it reaches a terminal status (or fails the test after 20 s). */
    JsonNode awaitJob(String id) {
        return awaitJob(id, Duration.ofSeconds(20));
    }

    /** Polls a job until it reaches a terminal status (or fails the test after {@code patience}). */
    JsonNode awaitJob(String id, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = json(get("/api/jobs/" + id));
            String s = j.path("status").asText();
            if (s.equals("done") || s.equals("failed") || s.equals("cancelled")) {
                return j;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + id + " did not finish within " + patience.toSeconds() + " s");
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
