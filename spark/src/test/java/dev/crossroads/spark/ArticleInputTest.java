package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleInputTest {
    @Test
    void aRecordNeedsATextAndADateAndKeepsItsFields() {
        ArticleInput.Parsed ok = ArticleInput.json(
                "f at byte 0",
                "{\"url\":\"https://x.org/a\",\"published\":\"2025-07-12T09:30:00+04:00\",\"source\":\"s\","
                        + "\"title\":\"t\",\"text\":\"Azerbaijan hosted talks.\"}",
                Optional.empty());
        assertThat(ok.article()).hasValueSatisfying(a -> {
            assertThat(a.published()).isEqualTo(LocalDate.parse("2025-07-12"));
            assertThat(a.url()).contains("https://x.org/a");
            assertThat(a.where()).isEqualTo("f at byte 0");
        });
        assertThat(ArticleInput.json("w", "{\"published\":\"2025-07-12\"}", Optional.empty())
                        .bad()
                        .orElseThrow()
                        .reason())
                .isEqualTo("no \"text\"");
        assertThat(ArticleInput.json("w", "{\"text\":\"x\"}", Optional.empty())
                        .bad()
                        .orElseThrow()
                        .reason())
                .isEqualTo("no \"published\" date and no --published given");
        assertThat(ArticleInput.json("w", "{\"text\":\"x\"}", Optional.of(LocalDate.parse("2025-01-02")))
                        .article()
                        .orElseThrow()
                        .published())
                .isEqualTo(LocalDate.parse("2025-01-02"));
        assertThat(ArticleInput.json("w", "{\"text\":\"x\",\"published\":\"2025-01-01garbage\"}", Optional.empty())
                        .bad()
                        .orElseThrow()
                        .reason())
                .contains("is not a date");
        assertThat(ArticleInput.json("w", "{\"text\":\"x\",\"published\":\"1850-01-01\"}", Optional.empty())
                        .bad()
                        .orElseThrow()
                        .reason())
                .contains("is outside 1900-01-01");
        assertThat(ArticleInput.json("w", "[1, 2]", Optional.empty())
                        .bad()
                        .orElseThrow()
                        .reason())
                .startsWith("expected a JSON object");
        assertThat(ArticleInput.json("w", "{\"text\": ", Optional.empty())
                        .bad()
                        .orElseThrow()
                        .reason())
                .startsWith("not valid JSON");
    }
}
