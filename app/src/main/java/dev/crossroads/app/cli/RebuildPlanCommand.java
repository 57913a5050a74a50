package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.ProgrammeRuns;
import dev.crossroads.app.service.ProgrammeRuns.SavedRun;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.Programme;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads rebuild plan}: the programme solved with CP-SAT, printed or saved. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description =
                "Choose and schedule work packages to restore the most population-weighted service under budgets, crews and precedence.")
final class RebuildPlanCommand implements Callable<Integer> {
    @Mixin
    PlanOptions opts;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--save",
            paramLabel = "RUN",
            description = "Save the run: a run id (stored in the database, --db) or a file path ending in .json. "
                    + "'rebuild compare', 'export', 'logistics' and --warm-start take the id.")
    String save;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RebuildCommand.tableOrJson(format);
        Programme prog = opts.programme();
        Plan plan = opts.solve(prog);
        PrintWriter out = spec.commandLine().getOut();
        if (save != null) {
            SavedRun run = new SavedRun(
                    SavedRuns.idOf(save),
                    opts.pack.dir().toString(),
                    spec.commandLine().getParseResult().originalArgs(),
                    ProgrammeRuns.predecessors(prog),
                    plan);
            spec.commandLine().getErr().println(SavedRuns.save(save, run, opts.db));
        }
        if (format == Format.JSON) {
            out.print(Json.write(plan));
            out.flush();
            return 0;
        }
        Map<String, String> names = new java.util.TreeMap<>();
        opts.loaded.rebuild().regions().forEach(r -> names.put(r.id(), r.name()));
        PlanTables.print(out, prog, plan, names);
        out.flush();
        return 0;
    }
}
