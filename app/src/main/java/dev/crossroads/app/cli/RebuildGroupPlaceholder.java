package dev.crossroads.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crossroads rebuild}, until the rebuild command group lands: only holds {@code logistics}. Removed
 * at merge when the real group exists (CrossroadsCommand then adds logistics to it).
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true, description = "Reconstruction: needs, programme, logistics.")
public final class RebuildGroupPlaceholder implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
