package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.core.testing.Requirements;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An article posted to {@code /api/ingest} whose sentence holds markup and SQL: it is stored as text, coded as an
 * event between two states, and shown literally on the relations page; nothing runs and no table is dropped.
 */
class ArticleInjectionIT {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");
    static final String SENTENCE =
            "Azerbaijan signed an agreement with Syria <script>alert(1)</script> '; DROP TABLE events; --";

    @TempDir
    Path tmp;

    @Test
    void hostileSentenceInAnIngestedArticleIsShownInertly() throws Exception {
        Requirements.defaultPack(DEFAULT_PACK);
        ObjectNode article = Json.MAPPER
                .createObjectNode()
                .put("url", "https://example.org/injection")
                .put("published", "2025-06-01")
                .put("source", "test\"><img src=x onerror=alert(2)>")
                .put("title", "<b>hostile</b>")
                .put("text", SENTENCE);
        try (Browser browser = new Browser("--window-size=1400,1700");
                TestServer server = TestServer.sqlite(DEFAULT_PACK, tmp, List.of())) {
            HttpResponse<String> r = server.send(server.request("/api/ingest")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(article.toString() + "\n")));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode j = TestServer.json(r);
            assertThat(j.path("added").asInt()).as(r.body()).isEqualTo(1);
            assertThat(j.path("events").asInt())
                    .as("the sentence is coded as an AZE-SYR event: " + r.body())
                    .isPositive();

            String timeline = "/api/relations/timeline?a=AZE&b=SYR&from=2025-05-01&to=2025-07-01";
            assertThat(TestServer.json(server.get(timeline)).path("events").findValuesAsText("text"))
                    .contains(SENTENCE);

            browser.open(server.base() + "/relations.html", "#graph[data-ready='true']");
            new Select(browser.driver.findElement(By.id("a"))).selectByValue("AZE");
            new Select(browser.driver.findElement(By.id("b"))).selectByValue("SYR");
            browser.driver.findElement(By.id("show")).click();
            browser.waiting()
                    .until(d -> "true".equals(d.findElement(By.id("timeline")).getAttribute("data-ready"))
                            && d.findElement(By.id("tl-title")).getText().contains("Azerbaijan"));
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#events tbody tr[data-event]"));
            WebElement row = rows.stream()
                    .filter(x ->
                            x.getText().contains("1 Jun 2025") && x.getText().contains("alert(1)"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no 1 Jun 2025 row with the sentence among " + rows.size()));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            browser.screenshot("article-injection");
            assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo(SENTENCE);
            assertThat(browser.driver.findElements(By.cssSelector("#events script, #events img, #events b")))
                    .isEmpty();
            assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

            // the events table is still there: a second read answers, with the event, and the store counts it
            HttpResponse<String> again = server.get(timeline);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(TestServer.json(again).path("events").findValuesAsText("text"))
                    .contains(SENTENCE);
            assertThat(server.store.events().countArticles()).isEqualTo(1);
        }
    }
}
