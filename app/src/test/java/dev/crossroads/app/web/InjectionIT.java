package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.core.pack.TestPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** Text from a pack that looks like markup or SQL is stored and shown as text, and nothing runs. */
class InjectionIT {
    static final String TITLE = "<script>alert(1)</script>'; DROP TABLE sources; --";
    static final String PUBLISHER = "\"><img src=x onerror=alert(2)>";
    static final String NOTE = "1' OR '1'='1";

    @TempDir
    Path tmp;

    @Test
    void hostileTextInAPackIsShownInertly() throws Exception {
        Path pack = tmp.resolve("pack");
        TestPacks.copyTree(TestPacks.minimal(), pack);
        String csv = "id,publisher,title,date,url,note\n"
                + "s1," + quote(PUBLISHER) + "," + quote(TITLE) + ",2025-01-02,javascript:alert(3)," + quote(NOTE)
                + "\n"
                + "s2,Test News,\"An article, with a comma\",2025-03,,undated in part\n";
        Files.writeString(pack.resolve("sources.csv"), csv, StandardCharsets.UTF_8);

        try (Browser browser = new Browser();
                TestServer server = TestServer.sqlite(pack, tmp, List.of())) {
            // the store kept the text as it is (and still has its sources table)
            String id = server.store.packs().listPacks().get(0).id();
            assertThat(server.store.packs().listSources(id).get(0).title()).isEqualTo(TITLE);

            browser.open(server.base() + "/", "#map[data-ready='true']");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript(
                            "document.getElementById('sources-fold').open = true; document.getElementById('sources').scrollIntoView()");
            browser.screenshot("injection");
            List<WebElement> cells = browser.driver.findElements(By.cssSelector("#sources tbody tr:first-child td"));
            assertThat(cells.get(1).getText()).isEqualTo(PUBLISHER);
            assertThat(cells.get(2).getText()).isEqualTo(TITLE);
            assertThat(cells.get(4).getText()).isEqualTo("javascript:alert(3)");
            assertThat(cells.get(5).getText()).isEqualTo(NOTE);
            assertThat(browser.driver.findElements(By.cssSelector("#sources a")))
                    .as("no link from a javascript: URL")
                    .isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#sources script, #sources img")))
                    .isEmpty();
            assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
