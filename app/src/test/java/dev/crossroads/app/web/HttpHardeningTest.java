package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.store.RunRecord;
import dev.crossroads.store.RunStatus;
import dev.crossroads.store.Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the HTTP API under hostile and careless requests. */
class HttpHardeningTest {
    @TempDir
    Path tmp;

    String db() {
        return "jdbc:sqlite:" + tmp.resolve("http.db");
    }

    TestServer server(List<dev.crossroads.app.web.jobs.JobKind> kinds) {
        return new TestServer(TestPacks.minimal(), db(), ServerConfig.local(0), kinds);
    }

    static List<dev.crossroads.app.web.jobs.JobKind> realKinds() {
        return JobKinds.forPack(dev.crossroads.core.pack.PackLoader.load(TestPacks.minimal()), TestPacks.minimal());
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413AndNothingIsStored() {
        try (TestServer s = server(realKinds())) {
            byte[] big = ("{\"period\":\"" + "x".repeat(3 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
            // an InputStream publisher has no length: the client sends it chunked, without Content-Length
            HttpResponse<String> r = s.send(s.request("/api/jobs/rebuild.logistics")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body().length()).isLessThan(1000);
            assertThat(s.store.runs().countRuns()).isZero();
            HttpResponse<String> ingest = s.send(s.request("/api/ingest")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
            assertThat(ingest.statusCode()).isEqualTo(413);
            assertThat(s.store.events().countArticles()).isZero();
        }
    }

    @Test
    void aHugeValueIsNeverEchoedInAnError() {
        try (TestServer s = server(realKinds())) {
            HttpResponse<String> r =
                    s.post("/api/jobs/rebuild.logistics", "{\"period\":\"" + "y".repeat(500_000) + "\"}");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body().length()).isLessThan(1000);
        }
    }

    @Test
    void jobParametersAreCheckedBefore202AndRefusalsWriteNothing() {
        try (TestServer s = server(realKinds())) {
            ApiContract.assertError(
                    s.post("/api/jobs/rebuild.logistics", "{\"period\":\"2025-06\",\"perod\":1}"),
                    400,
                    "unknown parameter perod for rebuild.logistics: it takes iterations, period, plan, timeLimitSeconds");
            ApiContract.assertError(
                    s.post("/api/jobs/rebuild.logistics", "{\"period\":\"1900-01\"}"),
                    400,
                    "the period 1900-01 lies outside the illustrative programme");
            ApiContract.assertError(
                    s.post("/api/jobs/rebuild.logistics", "{\"period\":\"2025-06\",\"iterations\":0}"),
                    400,
                    "'iterations' must be between 1 and 100000, got 0");
            ApiContract.assertError(s.post("/api/jobs/energy.n-1", "{\"year\":-5}"), 400, "year");
            assertThat(s.store.runs().countRuns()).isZero();
        }
    }

    @Test
    void refusedSubmissionsWriteNoRow() {
        SleepJob sleep = new SleepJob();
        ServerConfig one =
                new ServerConfig("127.0.0.1", 0, Optional.empty(), ServerConfig.DEFAULT_MAX_BODY_BYTES, 1, 0);
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), one, List.of(sleep))) {
            assertThat(s.post("/api/jobs/test.sleep", "{\"hold\": true}").statusCode())
                    .isEqualTo(202);
            for (int i = 0; i < 5; i++) {
                ApiContract.assertError(s.post("/api/jobs/test.sleep", "{}"), 503, "the server is busy");
            }
            assertThat(s.store.runs().countRuns()).isEqualTo(1);
            sleep.release.countDown();
        }
    }

    @Test
    void jobsLeftRunningOrQueuedByACrashFailWithAReasonOnStart() {
        String running;
        String queued;
        try (Store store = Store.open(db())) {
            RunRecord a = store.runs().createRun("test.sleep", Optional.empty(), "{}");
            store.runs().updateRunStatus(a.id(), RunStatus.RUNNING);
            running = a.id();
            queued =
                    store.runs().createRun("test.sleep", Optional.empty(), "{}").id();
        } // as after kill -9: nobody marked them
        try (TestServer s = server(List.of(new SleepJob()))) {
            for (String id : List.of(running, queued)) {
                JsonNode j = TestServer.json(s.get("/api/jobs/" + id));
                assertThat(j.path("status").asText()).isEqualTo("failed");
                assertThat(j.path("error").asText()).contains("the server stopped");
            }
        }
    }

    @Test
    void theJobListPagesAndLeavesResultsOut() {
        SleepJob sleep = new SleepJob();
        try (TestServer s = server(List.of(sleep))) {
            sleep.release.countDown();
            for (int i = 0; i < 3; i++) {
                s.awaitJob(TestServer.json(s.post("/api/jobs/test.sleep", "{\"value\":\"" + "z".repeat(1000) + "\"}"))
                        .path("id")
                        .asText());
            }
            JsonNode page = TestServer.json(s.get("/api/jobs?limit=2&offset=1"));
            assertThat(page.path("total").asInt()).isEqualTo(3);
            assertThat(page.path("jobs")).hasSize(2);
            assertThat(page.path("jobs"))
                    .allSatisfy(j -> assertThat(j.path("result").isNull()).isTrue());
            ApiContract.assertError(s.get("/api/jobs?limit=100000"), 400, "limit");
        }
    }

    @Test
    void wrongMethodsAre405StaticFilesNameTheirCharsetAndJettyErrorsCarryTheHeaders() throws Exception {
        try (TestServer s = server(List.of())) {
            HttpResponse<String> r = s.send(s.request("/api/pack").DELETE());
            assertThat(r.statusCode()).isEqualTo(405);
            HttpResponse<String> page = s.get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .contains("charset=utf-8")
                    .doesNotContain("null");
            String raw = raw(
                    s.port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n");
            assertThat(raw)
                    .startsWith("HTTP/1.1 431")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("Content-Security-Policy")
                    .doesNotContain("Exception");
            String longUri = raw(s.port, "GET /" + "b".repeat(40_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(longUri).startsWith("HTTP/1.1 414").contains("X-Content-Type-Options: nosniff");
            String bad = raw(s.port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n");
            assertThat(bad).startsWith("HTTP/1.1 400").contains("X-Frame-Options: DENY");
        }
    }

    /** Sends raw bytes and returns what comes back until the server closes or 64 KiB arrive. */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = in.readNBytes(1 << 16);
            return new String(buf, StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("no answer within 10 s", e);
        }
    }
}
