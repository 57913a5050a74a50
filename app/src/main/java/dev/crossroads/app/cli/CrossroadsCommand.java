package dev.crossroads.app.cli;

import dev.crossroads.app.service.ServiceException;
import dev.crossroads.core.pack.PackException;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root {@code crossroads} command. Subcommands are listed here. */
@Command(
        name = "crossroads",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Decision support for a hub state: relations and mediation, gas routes, reconstruction.%n",
        subcommands = {
            PackCommand.class,
            ServeCommand.class,
            IngestCommand.class,
            ImportCommand.class,
            EventsCommand.class,
            RelationsCommand.class,
            MediatorsCommand.class,
            EnergyCommand.class,
            PowerCommand.class,
            RebuildCommand.class,
            ScenarioCommand.class,
            BriefCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 a problem with the input (the message says what), 2 bad usage, 3 internal error.",
            "Add --debug to see a stack trace."
        })
public final class CrossroadsCommand implements Runnable {
    /** Exit code for an internal error (a bug): the message asks to rerun with --debug. */
    public static final int INTERNAL_ERROR = 3;

    @Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CrossroadsCommand root = new CrossroadsCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            // a usage mistake: one "error:" line like every other refusal, then where to look
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            String m = ex.getMessage() == null ? "bad usage" : ex.getMessage();
            e.println("error: " + (m.length() > 300 ? m.substring(0, 300) + "..." : m));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
                e.println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            }
            e.flush();
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            boolean debug = root.debug || parseResult.originalArgs().contains("--debug");
            if (ex instanceof UserException u) {
                e.println("error: " + u.getMessage());
                if (debug) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return u.exitCode();
            }
            if (ex instanceof ServiceException se) {
                e.println("error: " + se.getMessage());
                if (debug) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return 1;
            }
            if (ex instanceof PackException p) {
                e.println("error: " + p.getMessage());
                e.flush();
                return 1;
            }
            if (ex instanceof IllegalArgumentException
                    || ex instanceof IllegalStateException
                    || ex instanceof dev.crossroads.store.StoreException
                    || ex instanceof java.io.UncheckedIOException) {
                e.println("error: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return 1;
            }
            e.println("internal error: " + ex
                    + (debug ? "" : " (rerun with --debug for the stack trace, and report it)"));
            if (debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
