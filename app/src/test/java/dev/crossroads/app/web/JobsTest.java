package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.store.Store;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job machinery beyond one request: bounded concurrency, and state that outlives the server. */
class JobsTest {
    @TempDir
    Path tmp;

    private String db() {
        return "jdbc:sqlite:" + tmp.resolve("jobs.db");
    }

    @Test
    void aRunningJobShowsTheStepsItHasDoneAndAFinishedOneNone() throws Exception {
        SleepJob sleep = new SleepJob();
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), ServerConfig.local(0), List.of(sleep))) {
            String id = TestServer.json(s.post("/api/jobs/test.sleep", "{\"hold\": true, \"steps\": 10}"))
                    .path("id")
                    .asText();
            com.fasterxml.jackson.databind.JsonNode j = TestServer.json(s.get("/api/jobs/" + id));
            for (int i = 0; i < 500 && !j.path("progress").isObject(); i++) {
                Thread.sleep(10);
                j = TestServer.json(s.get("/api/jobs/" + id));
            }
            assertThat(j.path("status").asText()).isEqualTo("running");
            assertThat(j.path("progress").path("done").asLong()).isEqualTo(5);
            assertThat(j.path("progress").path("total").asLong()).isEqualTo(10);
            sleep.release.countDown();
            com.fasterxml.jackson.databind.JsonNode done = s.awaitJob(id);
            assertThat(done.path("status").asText()).isEqualTo("done");
            assertThat(done.path("progress").isObject()).isFalse();
        }
    }

    @Test
    void moreJobsThanThreadsAndQueueAreRefusedWith503() {
        SleepJob sleep = new SleepJob();
        ServerConfig one =
                new ServerConfig("127.0.0.1", 0, Optional.empty(), ServerConfig.DEFAULT_MAX_BODY_BYTES, 1, 1);
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), one, List.of(sleep))) {
            String running = TestServer.json(s.post("/api/jobs/test.sleep", "{\"hold\": true}"))
                    .path("id")
                    .asText();
            String waiting = TestServer.json(s.post("/api/jobs/test.sleep", "{\"hold\": true}"))
                    .path("id")
                    .asText();
            HttpResponse<String> third = s.post("/api/jobs/test.sleep", "{\"hold\": true}");
            ApiContract.assertError(third, 503, "the server is busy");
            assertThat(TestServer.json(s.get("/api/jobs/" + waiting))
                            .path("status")
                            .asText())
                    .isEqualTo("queued");
            // cancelling the queued job frees its place in the queue
            assertThat(s.delete("/api/jobs/" + waiting).statusCode()).isEqualTo(200);
            HttpResponse<String> again = s.post("/api/jobs/test.sleep", "{}");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            sleep.release.countDown();
            assertThat(s.awaitJob(running).path("status").asText()).isEqualTo("done");
            assertThat(s.awaitJob(TestServer.json(again).path("id").asText())
                            .path("status")
                            .asText())
                    .isEqualTo("done");
            assertThat(s.awaitJob(waiting).path("status").asText()).isEqualTo("cancelled");
        }
    }

    @Test
    void finishedResultsSurviveARestart() {
        String done;
        String unfinished;
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), ServerConfig.local(0), List.of(new SleepJob()))) {
            done = TestServer.json(s.post("/api/jobs/test.sleep", "{\"value\": 42}"))
                    .path("id")
                    .asText();
            s.awaitJob(done);
            unfinished = TestServer.json(s.post("/api/jobs/test.sleep", "{\"hold\": true}"))
                    .path("id")
                    .asText();
        }
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), ServerConfig.local(0), List.of(new SleepJob()))) {
            JsonNode j = TestServer.json(s.get("/api/jobs/" + done));
            assertThat(j.path("status").asText()).isEqualTo("done");
            assertThat(j.path("result").path("echo").asInt()).isEqualTo(42);
            // stopping the server cancelled the job that was still running
            assertThat(TestServer.json(s.get("/api/jobs/" + unfinished))
                            .path("status")
                            .asText())
                    .isEqualTo("cancelled");
        }
    }

    @Test
    void aRunLeftUnfinishedByAnotherProcessIsShownWithANoteAndCanBeCancelled() {
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), ServerConfig.local(0), List.of(new SleepJob()))) {
            // recorded by another process sharing the store after this server started (runs left unfinished
            // before it started are failed on start: HttpHardeningTest)
            String id;
            try (Store store = Store.open(db())) {
                id = store.runs()
                        .createRun("test.sleep", Optional.empty(), "{}")
                        .id();
            }
            JsonNode j = TestServer.json(s.get("/api/jobs/" + id));
            assertThat(j.path("status").asText()).isEqualTo("queued");
            assertThat(j.path("note").asText()).contains("not running in this server");
            assertThat(TestServer.json(s.delete("/api/jobs/" + id))
                            .path("status")
                            .asText())
                    .isEqualTo("cancelled");
        }
    }

    @Test
    void theStoreHoldsThePackOnceAndItsSources() {
        try (TestServer s = new TestServer(TestPacks.minimal(), db(), ServerConfig.local(0), List.of())) {
            assertThat(s.store.packs().listPacks()).hasSize(1);
            String id = s.store.packs().listPacks().get(0).id();
            assertThat(id).startsWith("minimal@");
            assertThat(s.store.packs().listSources(id)).extracting(x -> x.id()).containsExactly("s1", "s2");
            assertThat(dev.crossroads.app.service.PackStoring.store(
                                    s.pack, TestPacks.minimal(), s.store, java.time.Clock.systemUTC())
                            .added())
                    .isFalse();
            ApiContract.assertError(s.post("/api/jobs/energy.allocate", "{}"), 404, "no job kinds yet");
        }
    }
}
