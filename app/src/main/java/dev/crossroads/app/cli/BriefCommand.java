package dev.crossroads.app.cli;

import dev.crossroads.app.brief.BriefHtml;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.ScenarioRuns;
import dev.crossroads.app.service.ServiceException;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.scenario.BriefData;
import dev.crossroads.scenario.PackScenarios;
import dev.crossroads.scenario.ScenarioException;
import dev.crossroads.scenario.ScenarioRunner;
import dev.crossroads.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads brief [--scenario FILE] [--pack DIR] --out brief.html}: the Brief as one self-contained file. */
@Command(
        name = "brief",
        mixinStandardHelpOptions = true,
        description = {
            "Write the Brief of a scenario as one self-contained HTML file (inline CSS and SVG, no script, "
                    + "nothing loaded from elsewhere; prints to A4): energy, relations and rebuild, every figure with its note.",
            "Without --scenario: the pack's default scenario (defaultScenario in pack.yaml; on the default pack the "
                    + "Kilis–Aleppo cut with mediators for SYR–ISR), at the pack's date, in the latest year the pack "
                    + "reports gas deliveries for; a pack without one gets its base case."
        })
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    PackOption pack;

    @Mixin
    DbOption db;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description =
                    "Scenario JSON, e.g. {\"name\":\"Kilis–Aleppo cut\","
                            + "\"year\":2025,\"cut\":[\"kilis-aleppo\"],\"transit\":null,\"dyads\":[[\"SYR\",\"ISR\"]],\"at\":\"2025-08-01\"}.")
    Path scenario;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "brief.html",
            description = "Output HTML file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "html",
            paramLabel = "html|json",
            description =
                    "html (the file) or json (the Brief's data, to stdout when --out is -) (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("html") && !format.equals("json")) {
            throw new UserException("--format is html or json, got " + format, 2);
        }
        RegionPack p = pack.load();
        ScenarioSpec s;
        if (scenario == null) {
            PackScenarios.Choice choice = PackScenarios.defaultFor(p);
            if (!choice.fromPack()) {
                spec.commandLine().getErr().println("note: " + choice.origin());
            }
            s = choice.spec();
        } else {
            s = read(scenario);
        }
        BriefData b;
        java.util.Optional<dev.crossroads.store.Store> store = db.openIfPresent();
        try {
            // the store's extracted events count as in 'relations' and 'mediators'; its base programme (stored by
            // 'scenario run') gives the chain's rebuild step
            ScenarioRuns runs = new ScenarioRuns(p, store, java.time.Clock.systemUTC());
            b = new ScenarioRunner(p, runs.relations(), java.time.Clock.systemUTC())
                    .withBasePlans(runs.basePlans(false))
                    .run(s);
        } catch (ScenarioException e) {
            throw new UserException("scenario '" + s.name() + "': " + e.getMessage());
        } finally {
            store.ifPresent(dev.crossroads.store.Store::close);
        }
        String text = format.equals("json") ? Json.write(b) : BriefHtml.render(b);
        PrintWriter w = spec.commandLine().getOut();
        if (out.toString().equals("-")) {
            w.print(text);
            w.flush();
            return 0;
        }
        OutputFiles.write("--out", out, text.getBytes(StandardCharsets.UTF_8));
        w.printf(
                "wrote %s (%,d bytes): %s, %d notes, %d sources%n",
                out,
                text.getBytes(StandardCharsets.UTF_8).length,
                s.name(),
                b.notes().size(),
                b.sources().size());
        w.flush();
        return 0;
    }

    /** The scenario file, read as {@code scenario run} reads it; a problem is a one-line error naming the file. */
    static ScenarioSpec read(Path file) {
        try {
            return ScenarioRuns.read(file);
        } catch (ServiceException e) {
            throw new UserException(e.getMessage());
        }
    }
}
