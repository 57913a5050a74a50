package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.needs.Needs;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads rebuild needs}: damage x unit cost by RDNA sector and region, against published totals. */
@Command(
        name = "needs",
        mixinStandardHelpOptions = true,
        description =
                "Damage x unit cost per region and asset class (low / central / high), by RDNA sector, against the pack's reference totals.")
final class RebuildNeedsCommand implements Callable<Integer> {
    @Mixin
    PackOption pack;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RebuildCommand.tableOrJson(format);
        RegionPack p = pack.load();
        Needs n = RebuildEngine.needs(p.rebuild());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(Json.write(n));
            out.flush();
            return 0;
        }
        NeedsTable.print(out, p, n);
        out.flush();
        return 0;
    }
}
