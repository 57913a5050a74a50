package dev.crossroads.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crossroads bench ...}: the engines measured on public instance sets (PSPLIB, CVRPLIB, Solomon,
 * GasLib, PLOVER). Each set has its own subcommand; figures and the commands that made them are in
 * {@code bench/README.md}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure the engines on public benchmark instances.",
        subcommands = {
            BenchPsplibCommand.class,
            BenchVrpCommand.class,
            BenchEventsCommand.class,
            BenchGdeltCommand.class
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
