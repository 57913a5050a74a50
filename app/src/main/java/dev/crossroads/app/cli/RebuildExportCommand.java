package dev.crossroads.app.cli;

import dev.crossroads.app.service.ProgrammeRuns;
import dev.crossroads.app.service.ProgrammeRuns.SavedRun;
import dev.crossroads.rebuild.export.PlanExport;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.Programme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads rebuild export}: a programme as MS Project XML or CSV. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Export a programme as MS Project XML (mspdi) or CSV: a saved run (--run) or a new plan with the plan options.")
final class RebuildExportCommand implements Callable<Integer> {
    @Mixin
    PlanOptions opts;

    @Option(names = "--format", required = true, description = "mspdi or csv.")
    String format;

    @Option(
            names = "--run",
            paramLabel = "RUN",
            description = "A saved run (id in the database or a run file) to export instead of planning anew.")
    String run;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path outFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("mspdi") && !f.equals("csv")) {
            throw new UserException("--format must be mspdi or csv, got " + format, 2);
        }
        Plan plan;
        Map<String, List<String>> preds;
        String title;
        if (run != null) {
            SavedRun r = SavedRuns.read(run, opts.db);
            plan = r.plan();
            preds = r.predecessors();
            title = "Reconstruction programme (" + r.id() + ")";
        } else {
            Programme prog = opts.programme();
            plan = opts.solve(prog);
            preds = ProgrammeRuns.predecessors(prog);
            title = "Reconstruction programme, " + opts.loaded.meta().name();
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        if (f.equals("mspdi")) {
            PlanExport.mspdi(plan, preds, title, buf);
        } else {
            PlanExport.csv(plan, buf);
        }
        if (outFile != null) {
            OutputFiles.write("--out", outFile, buf.toByteArray());
            spec.commandLine().getErr().println("wrote " + outFile);
        } else {
            OutputStream o = System.out;
            PrintWriter out = spec.commandLine().getOut();
            out.print(buf.toString(StandardCharsets.UTF_8));
            out.flush();
            o.flush();
        }
        return 0;
    }
}
