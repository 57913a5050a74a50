package dev.crossroads.app.web;

import dev.crossroads.app.web.jobs.JobKind;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.testing.Requirements;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A page test: a real server over a pack and a real headless Chromium for each test, both closed after it. */
abstract class PageTest {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");

    @TempDir
    Path tmp;

    TestServer server;
    Browser browser;

    /** The default pack with its job kinds (skips the test when the pack is absent). */
    void startOnDefaultPack(String... browserArgs) throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        start(DEFAULT_PACK, JobKinds.forPack(PackLoader.load(DEFAULT_PACK)), browserArgs);
    }

    void start(Path pack, List<JobKind> kinds, String... browserArgs) throws Exception {
        browser = new Browser(browserArgs);
        server = TestServer.sqlite(pack, tmp, kinds);
    }

    /** The default pack in a viewport of width x height CSS pixels. */
    void startOnDefaultPack(int width, int height) throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        browser = new Browser(width, height);
        server = TestServer.sqlite(DEFAULT_PACK, tmp, JobKinds.forPack(PackLoader.load(DEFAULT_PACK)));
    }

    /** What every page must pass at every size: no sideways scrolling, no serious or critical axe-core finding. */
    void assertUsable(String what) throws Exception {
        org.assertj.core.api.Assertions.assertThat(browser.horizontalOverflow())
                .as(what + ": CSS pixels wider than the window (sideways scrolling)")
                .isZero();
        org.assertj.core.api.Assertions.assertThat(browser.axeViolations())
                .as(what + ": serious or critical axe-core violations")
                .isEmpty();
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
