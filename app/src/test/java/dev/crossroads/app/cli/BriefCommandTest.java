package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.app.brief.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crossroads brief on the minimal test pack: one self-contained, escaped HTML file. */
class BriefCommandTest {
    @TempDir
    Path tmp;

    static final String SCENARIO = "{\"name\":\"Cut <p3> & co\",\"year\":2025,\"cut\":[\"p3\"],\"transit\":null,"
            + "\"dyads\":[[\"BBB\",\"CCC\"]],\"at\":\"2025-08-01\"}";

    /** A copy of the minimal pack whose title is a script tag. */
    Path hostilePack() throws IOException {
        Path src = RebuildCommandTest.minimal();
        Path dst = tmp.resolve("pack");
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path yaml = dst.resolve("pack.yaml");
        String y = Files.readString(yaml)
                .replace("title: Minimal test pack", "title: \"<script>alert('x')</script> pack\"");
        Files.writeString(yaml, y);
        return dst;
    }

    @Test
    void escapesEveryCharacterThatOpensMarkup() {
        assertThat(Html.escape("<script>alert(\"x\") & 'y'</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Kilis–Aleppo")).isEqualTo("Kilis–Aleppo");
    }

    @Test
    void writesOneSelfContainedEscapedFile() throws Exception {
        Path scenario = tmp.resolve("s.json");
        Files.writeString(scenario, SCENARIO);
        Path out = tmp.resolve("out").resolve("brief.html");
        CliRun r = CliRun.of(
                "brief",
                "--pack",
                hostilePack().toString(),
                "--scenario",
                scenario.toString(),
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote").contains("notes");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html)
                .doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; pack")
                .contains("Cut &lt;p3&gt; &amp; co");
        Matcher m = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)")
                .matcher(html);
        assertThat(m.find()).as("an external src/href").isFalse();
        assertThat(html)
                .doesNotContain("<link")
                .doesNotContain("<img")
                .doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(html).contains("<style>").contains("@media print").contains("<svg");
        assertThat(html)
                .contains("id=\"energy\"")
                .contains("id=\"relations\"")
                .contains("id=\"rebuild\"")
                .contains("id=\"notes\"");
        // the reported row's source resolves to its publisher and URL (as text), the engine run is named
        assertThat(html)
                .contains("Test Agency")
                .contains("https://example.org/report")
                .contains("engine run: energy disrupt year=2025 base=reported cut=p3");
        assertThat(html).contains("data-market=\"mc\" class=\"hit\"").contains("data-state=\"AAA\"");
        assertThat(html).contains("$216.0 bn");
    }

    /** Issue 13, item 16: without --scenario the Brief runs the pack's own default, on any pack. */
    @Test
    void withoutAScenarioTheBriefRunsOnAPackWithoutADefaultScenario() {
        Path out = tmp.resolve("minimal.html");
        CliRun r = CliRun.of("brief", "--pack", RebuildCommandTest.minimal().toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("note: the pack has no defaultScenario in pack.yaml, so the base case (nothing cut)")
                .doesNotContain("kilis-aleppo");
        assertThat(r.out()).contains("wrote").contains("Base case");
    }

    @Test
    void withoutAScenarioTheDefaultPackBriefsItsKilisAleppoCut() {
        Path pack = Path.of("..", "packs", "caucasus-levant");
        dev.crossroads.core.testing.Requirements.defaultPack(pack);
        CliRun r = CliRun.of("brief", "--pack", pack.toString(), "--format", "json", "--out", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("note:");
        assertThat(r.out()).contains("\"name\" : \"Kilis–Aleppo cut\"").contains("kilis-aleppo");
    }

    @Test
    void badScenarioSaysWhatIsWrongWithoutAStackTrace() throws Exception {
        Path scenario = tmp.resolve("bad.json");
        Files.writeString(scenario, "{\"name\":\"x\",\"dyads\":[[\"BBB\"]]}");
        CliRun r = CliRun.of(
                "brief",
                "--pack",
                RebuildCommandTest.minimal().toString(),
                "--scenario",
                scenario.toString(),
                "--out",
                tmp.resolve("b.html").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("pair of ISO3 codes").doesNotContain("Exception");
        Files.writeString(scenario, "{\"name\":\"x\",\"cut\":[\"nowhere\"]}");
        CliRun u = CliRun.of(
                "brief",
                "--pack",
                RebuildCommandTest.minimal().toString(),
                "--scenario",
                scenario.toString(),
                "--out",
                tmp.resolve("b.html").toString());
        assertThat(u.exitCode()).isEqualTo(1);
        assertThat(u.err()).contains("nowhere");
    }
}
