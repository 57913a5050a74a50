package dev.crossroads.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crossroads rebuild needs|plan|compare|export|runs|logistics}: reconstruction needs, the programme and its
 * saved runs, and the logistics of a month. Each subcommand is its own class; this one holds the figures they share.
 */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = "Reconstruction: needs by RDNA sector, the programme (CP-SAT), what-if comparison, export.",
        subcommands = {
            LogisticsCommand.class,
            RebuildNeedsCommand.class,
            RebuildPlanCommand.class,
            RebuildCompareCommand.class,
            RebuildExportCommand.class,
            RebuildRunsCommand.class
        })
public final class RebuildCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String usd(double v) {
        return dev.crossroads.app.service.Figures.amount(v);
    }

    static Format tableOrJson(Format f) {
        if (f == Format.CSV) {
            throw new UserException("--format must be table or json here", 2);
        }
        return f;
    }
}
