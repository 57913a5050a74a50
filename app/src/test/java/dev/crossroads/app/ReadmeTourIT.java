package dev.crossroads.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.testing.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tested examples, as GraphHopper does: every {@code bin/crossroads} line of the README's tour (between the
 * {@code tour:} and {@code tour end} markers) runs, in the README's order, as {@code java -jar app/target/crossroads.jar
 * ...} against a fresh SQLite database, and must exit as documented and print its key figure. The commands are read
 * from README.md itself, so the README cannot drift: a command added there needs its figure here, a command removed
 * there fails here.
 *
 * <p>The tour runs in a scratch folder laid out like a checkout ({@code corpus/} and {@code scenarios/} link to the
 * repository's, {@code ../shared/data} to the benchmark data), with its own home folder, so {@code --out} and
 * {@code --save} write nothing into the repository or the user's home. The two {@code bench} runs over whole
 * instance sets take their first instance only ({@code --limit 1}); {@code my-scenario.json} is the README's own
 * example scenario.
 */
class ReadmeTourIT {
    /**
     * What a command must do: its exit code, and a figure its output (stdout and stderr) contains, as a regular
     * expression so that a table's column widths may change.
     */
    record Expect(int exitCode, String figure) {
        static Expect ok(String figure) {
            return new Expect(0, figure);
        }
    }

    static final Map<String, Expect> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("pack validate", Expect.ok("caucasus-levant .*: valid, 0 warnings"));
        FIGURES.put("pack validate path/to/pack", new Expect(1, "error: no pack folder at path/to/pack"));
        FIGURES.put("pack show --section gas", Expect.ok("scp-az\\s+South Caucasus Pipeline, Azerbaijan section"));
        FIGURES.put("pack show --section gas --format json", Expect.ok("\"id\" : \"shah-deniz-field\""));
        FIGURES.put("pack load", Expect.ok("stored pack caucasus-levant@\\w+ \\(\\d+ sources, \\d+ curated events\\)"));
        FIGURES.put(
                "ingest corpus/caucasus-levant/articles.jsonl",
                Expect.ok("13 articles read: 13 added, 0 already stored"));
        FIGURES.put(
                "events --actor SYR --from 2025-01-01", Expect.ok("2025-01-30\\s+QAT\\s+SYR\\s+042\\s+make a visit"));
        FIGURES.put(
                "relations timeline AZE SYR --from 2025-01-01",
                Expect.ok("AZE-SYR \\(Azerbaijan - Syria\\) from 2025-01-01 .*baseline \\+6\\.00"));
        FIGURES.put(
                "relations balance AZE --at 2025-12-31 --since 2024-12-01",
                Expect.ok("SYR\\s+Syria\\s+\\+6\\.00\\s+\\+33\\.06"));
        FIGURES.put(
                "relations structure --at 2025-08-01",
                Expect.ok("24 states, 77 edges, 122 triads, 42 unbalanced\\s+frustration index 12"));
        FIGURES.put(
                "mediators SYR ISR --at 2025-08-01",
                Expect.ok("the dyad's score is -32\\.69[\\s\\S]*1\\s+AZE\\s+Azerbaijan\\s+0\\.88"));
        FIGURES.put(
                "mediators SYR ISR --unconfirmed-weight 1",
                Expect.ok("the dyad's score is -15\\.33[\\s\\S]*1\\s+AZE\\s+Azerbaijan\\s+0\\.71"));
        FIGURES.put(
                "relations tie AZE GEO TUR --at 2025-08-01",
                Expect.ok("AZE\\s+TUR\\s+\\+12\\.87\\s+\\+8\\.58\\s+friendly"));
        FIGURES.put(
                "relations eligible SYR --at 2025-08-01",
                Expect.ok("azerbaijan\\s+AZE\\s+SYR\\s+yes\\s+AZE-SYR tie \\+9\\.98"));
        FIGURES.put("relations audit AZE --at 2025-08-01", Expect.ok("1\\s+5\\s+SYR\\s+\\+34\\.67\\s+\\+6\\.00"));
        FIGURES.put(
                "energy allocate --year 2025",
                Expect.ok(
                        "Allocation caucasus-levant 2025: OPTIMAL, netback \\$6,993\\.6 million, 52\\.09 bcm delivered"));
        FIGURES.put("energy replay --year 2025", Expect.ok("Replay 2025: PASS"));
        FIGURES.put(
                "energy routes --from shah_deniz --to syria -k 3",
                Expect.ok("1\\s+sd-sangachal > scp-az > scp-ge > .*kilis-aleppo\\s+1\\.26\\s+swap-syria"));
        FIGURES.put("energy disrupt --cut kilis-aleppo", Expect.ok("Lost: syria 0\\.48 of 0\\.48 bcm"));
        FIGURES.put("energy n-1 --top 10", Expect.ok("1\\s+node\\s+sangachal\\s+AZE\\s+6397\\.6\\s+42\\.00"));
        FIGURES.put("energy metrics", Expect.ok("HHI export markets 2846; HHI transit countries 2859"));
        FIGURES.put(
                "power supply --cut kilis-aleppo",
                Expect.ok("SY-HL \\(Aleppo\\) loses 191\\.8 MW: 506\\.8 -> 315\\.0 MW"));
        FIGURES.put(
                "rebuild needs",
                Expect.ok(
                        "World Bank: Syria reconstruction needs 2011–2024\\s+2024\\s+216\\.00 bn.*all sectors but clearance\\s+85\\.64 bn"));
        // CP-SAT stops on a deterministic work limit: the same pack, options and seed give the same plan anywhere
        FIGURES.put(
                "rebuild plan --seed 7 --save base",
                Expect.ok("93 of 168 packages, cost 18\\.03 bn USD[\\s\\S]*Stopped by: work-limit \\(reproducible"));
        FIGURES.put(
                "rebuild plan --seed 7 --partner azerbaijan --warm-start base --save aze",
                Expect.ok("Reconstruction programme, 120 months from 2027-01: [\\s\\S]*Warm start: "));
        FIGURES.put(
                "rebuild plan --gas-fuel SY-HL=0 --power-served SY-HL=0.4",
                Expect.ok(
                        "Power: service restored by \\d{4}-\\d{2} is \\d+\\.\\d% as counted, \\d+\\.\\d% if the same plan had full power"));
        FIGURES.put("rebuild compare base aze", Expect.ok("A = base: [\\s\\S]*B = aze: [\\s\\S]*service A"));
        FIGURES.put("rebuild export --run base --format mspdi --out base.xml", Expect.ok("wrote base\\.xml"));
        FIGURES.put("rebuild runs list", Expect.ok("aze\\s[\\s\\S]*base\\s"));
        // the month's routing stops on the wall clock: its counts of work, not its tonnes delivered
        FIGURES.put(
                "rebuild logistics --period 2032-04",
                Expect.ok(
                        "programme: the latest saved run, aze[\\s\\S]*Logistics plan for 2032-04: \\d+ working days"));
        FIGURES.put(
                "rebuild logistics --period 2026-06 --illustrative",
                Expect.ok("Logistics plan for 2026-06: 26 working days[\\s\\S]*Demand 19,285 t"));
        // on an iteration budget the plan is the same on every run: its tonnes delivered too
        FIGURES.put(
                "rebuild logistics --period 2026-06 --illustrative --iterations 10",
                Expect.ok(
                        "Logistics plan for 2026-06: 26 working days[\\s\\S]*Demand 19,285 t; delivered 17,387 t \\(90%\\)"));
        FIGURES.put(
                "scenario run scenarios/kilis-aleppo-cut.json",
                Expect.ok("Scenario: Kilis–Aleppo cut \\(gas year 2025[\\s\\S]*Power: .* MW -> .* MW available"));
        FIGURES.put(
                "scenario run scenarios/turkiye-closed.json",
                Expect.ok("Scenario: Türkiye closed to transit \\(gas year 2025"));
        FIGURES.put(
                "scenario run scenarios/more-gas-to-syria.json --format json",
                Expect.ok("\"scenario\" : \"More gas to Syria, Azerbaijan builds\""));
        FIGURES.put(
                "scenario run scenarios/kilis-aleppo-cut.json --samples 200 --seed 1",
                Expect.ok("200 samples in [\\d.]+ s on \\d+ threads .*seed 1"));
        FIGURES.put(
                "scenario run scenarios/kilis-aleppo-cut.json --grid regional",
                Expect.ok("Scenario: Kilis–Aleppo cut \\(gas year 2025"));
        FIGURES.put(
                "scenario compare scenarios/kilis-aleppo-cut.json scenarios/turkiye-closed.json",
                Expect.ok("A: Kilis–Aleppo cut\\s+B: Türkiye closed to transit"));
        FIGURES.put(
                "brief --out brief.html",
                Expect.ok("wrote brief\\.html \\([\\d,]+ bytes\\): Kilis–Aleppo cut, \\d+ notes, \\d+ sources"));
        FIGURES.put(
                "brief --scenario my-scenario.json --out brief.html",
                Expect.ok("wrote brief\\.html \\([\\d,]+ bytes\\): Türkiye closed, \\d+ notes, \\d+ sources"));
        FIGURES.put(
                "bench psplib --dir ../shared/data/psplib/j30 --bounds ../shared/data/psplib/bounds.csv --time-limit 10",
                Expect.ok("j301_1\\.sm\\s+43\\s+43\\s+43\\s+0\\.00\\s+yes"));
        FIGURES.put(
                "bench vrp --dir ../shared/data/cvrp/A --bks ../shared/data/cvrp/bks.json --time-limit 10"
                        + " --solver hgs,portfolio,ortools,jsprit",
                Expect.ok("A-n32-k5 hgs: 784\\.00 \\(best 784\\.00, gap 0\\.00%\\)"));
        FIGURES.put(
                "bench events --gold ../shared/data/events/plover-gold.json",
                Expect.ok(
                        "PLOVER gold .*: 200 records, each sentence's main event compared\\s+event type accuracy 0\\.860"));
    }

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;

    static Path work;

    @BeforeAll
    static void layOutAScratchCheckout() throws IOException {
        work = Files.createDirectories(tmp.resolve("work"));
        Files.createDirectories(tmp.resolve("home"));
        for (String dir : List.of("corpus", "scenarios")) {
            Files.createSymbolicLink(work.resolve(dir), REPO.resolve(dir));
        }
        Files.writeString(work.resolve("my-scenario.json"), exampleScenario(readme()), StandardCharsets.UTF_8);
    }

    static String readme() throws IOException {
        return Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** The {@code bin/crossroads} lines between the tour markers, without the launcher and the comment. */
    static List<String> tourCommands(String readme) {
        int start = readme.indexOf("<!-- tour:");
        int end = readme.indexOf("<!-- tour end -->");
        assertThat(start).as("README.md marks its tour with <!-- tour: ... -->").isNotNegative();
        assertThat(end).as("README.md ends its tour with <!-- tour end -->").isGreaterThan(start);
        List<String> commands = new ArrayList<>();
        boolean fenced = false;
        for (String line : readme.substring(start, end).split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (fenced && line.startsWith("bin/crossroads ")) {
                commands.add(line.substring("bin/crossroads ".length())
                        .replaceAll("\\s+#.*$", "")
                        .strip());
            }
        }
        return commands;
    }

    /** The README's example scenario file ("A scenario file is JSON, e.g. `{...}`"). */
    static String exampleScenario(String readme) {
        Matcher m = Pattern.compile("A scenario file is JSON, e\\.g\\. `(\\{[^`]*})`")
                .matcher(readme);
        assertThat(m.find()).as("the README shows an example scenario").isTrue();
        return m.group(1).replaceAll("\\s*\\n\\s*", " ");
    }

    @Test
    void everyTourCommandHasItsFigureHereAndNoOther() throws IOException {
        assertThat(tourCommands(readme()))
                .as("the README's tour, in order, against FIGURES in ReadmeTourIT")
                .containsExactlyElementsOf(FIGURES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyTourCommandRunsAgainstThePackagedJar() throws IOException {
        Path jar = REPO.resolve("app/target/crossroads.jar");
        assertThat(jar).as("the packaged jar (failsafe runs after package)").isRegularFile();
        return tourCommands(readme()).stream()
                .map(command -> DynamicTest.dynamicTest(command, () -> run(jar, command)));
    }

    static void run(Path jar, String command) throws Exception {
        Expect expect = FIGURES.get(command);
        assertThat(expect)
                .as("a figure for '" + command + "' in ReadmeTourIT.FIGURES")
                .isNotNull();
        List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
        if (command.contains("../shared/data")) {
            Path data = Requirements.reference("../shared/data", "");
            Path shared = tmp.resolve("shared");
            if (!Files.exists(shared)) {
                Files.createDirectories(shared);
                Files.createSymbolicLink(shared.resolve("data"), data.toAbsolutePath());
            }
        }
        if (args.get(0).equals("bench") && List.of("psplib", "vrp").contains(args.get(1))) {
            args.addAll(List.of("--limit", "1"));
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + tmp.resolve("home"),
                "-Dcrossroads.home=" + REPO,
                "-jar",
                jar.toString()));
        cmd.addAll(args);
        Path log = tmp.resolve("out-" + Integer.toHexString(command.hashCode()) + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CROSSROADS_DB", "jdbc:sqlite:" + tmp.resolve("crossroads.db"));
        pb.environment().remove("CROSSROADS_PACK");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("'" + command + "' did not finish within 10 minutes");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue())
                .as("exit code of '" + command + "'; it printed:\n" + out)
                .isEqualTo(expect.exitCode());
        assertThat(out).as("key figure of '" + command + "'").containsPattern(expect.figure());
    }
}
