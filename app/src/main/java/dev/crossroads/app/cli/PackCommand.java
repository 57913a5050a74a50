package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.PackStoring;
import dev.crossroads.app.service.PackViews;
import dev.crossroads.app.service.PackViews.Section;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.PackSummary;
import dev.crossroads.core.pack.Problem;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads pack validate|show}: check a region pack and look into it. */
@Command(
        name = "pack",
        description = "Validate a region pack or show what it holds.",
        mixinStandardHelpOptions = true,
        subcommands = {PackCommand.Validate.class, PackCommand.Show.class, PackCommand.Load.class})
public final class PackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description =
                    "Check every file of a pack; list every problem as file:line:column. Exit 1 when there are errors.")
    static final class Validate implements java.util.concurrent.Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The pack folder (default: the default pack).")
        Path dir;

        @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path d = dir != null ? dir : PackOption.defaultPack();
            if (!Files.isDirectory(d)) {
                throw new UserException("no pack folder at " + d + ": give the path of a folder holding pack.yaml");
            }
            PackLoader.Validation v = PackLoader.validate(d);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("pack", d.toString());
                json.put("ok", v.ok());
                json.put("errors", v.errors().size());
                json.put("warnings", v.warnings().size());
                json.put("problems", v.problems());
                v.pack().ifPresent(p -> json.put("summary", PackSummary.of(p)));
                out.print(Json.write(json));
                out.flush();
                return v.ok() ? 0 : 1;
            }
            PrintWriter err = spec.commandLine().getErr();
            for (Problem p : v.problems()) {
                (p.severity() == Problem.Severity.ERROR ? err : out).println(p);
            }
            if (!v.ok()) {
                err.printf(
                        Locale.ROOT,
                        "%s: %d error%s, %d warning%s; the pack cannot be loaded until the errors are fixed%n",
                        d,
                        v.errors().size(),
                        v.errors().size() == 1 ? "" : "s",
                        v.warnings().size(),
                        v.warnings().size() == 1 ? "" : "s");
                err.flush();
                return 1;
            }
            PackSummary s = PackSummary.of(v.pack().orElseThrow());
            out.printf(
                    Locale.ROOT,
                    "%s (%s), as of %s: valid, %d warning%s%n",
                    s.name(),
                    s.title(),
                    s.asOf(),
                    s.warnings(),
                    s.warnings() == 1 ? "" : "s");
            out.print(countsTable(s).text());
            out.printf(
                    Locale.ROOT,
                    "%d fact rows, %d with a source (%.0f%%), %d illustrative; %d sources%n",
                    s.rows(),
                    s.sourcedRows(),
                    100 * s.sourcedShare(),
                    s.illustrativeRows(),
                    s.sources());
            out.flush();
            return 0;
        }
    }

    static TextTable countsTable(PackSummary s) {
        TextTable t = new TextTable(
                        "file", "rows", "sourced", "reported", "derived", "unconfirmed", "conflict", "illustrative")
                .right(1, 2, 3, 4, 5, 6, 7);
        for (PackSummary.FileCount f : s.files()) {
            t.add(
                    f.file(),
                    f.rows(),
                    f.sourced(),
                    f.reported(),
                    f.derived(),
                    f.unconfirmed(),
                    f.conflict(),
                    f.illustrative());
        }
        return t;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the pack, or one section of it.")
    static final class Show implements Runnable {
        @Mixin
        PackOption pack;

        @Option(
                names = "--section",
                paramLabel = "NAME",
                description =
                        "countries, actors, relations, events, gas, rebuild, roads, sources or power (default: a summary).")
        Section section;

        @Option(
                names = "--format",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).",
                defaultValue = "table")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            RegionPack p = pack.load();
            PrintWriter out = spec.commandLine().getOut();
            out.print(render(p, section, format));
            out.flush();
        }
    }

    @Command(
            name = "load",
            mixinStandardHelpOptions = true,
            description =
                    "Validate a pack and store it (pack, sources, curated events) in the database; a pack already stored "
                            + "with the same files is not stored twice.")
    static final class Load implements Runnable {
        @Mixin
        PackOption pack;

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            RegionPack p = pack.load();
            PrintWriter out = spec.commandLine().getOut();
            PackStoring.Outcome outcome;
            try (Store store = db.open()) {
                outcome = PackStoring.store(p, pack.dir(), store, Clock.systemUTC());
            }
            out.println(outcome.message());
            out.flush();
        }
    }

    static String render(RegionPack p, Section section, Format format) {
        if (format == Format.JSON) {
            return Json.write(section == null ? p : PackViews.jsonSection(p, section));
        }
        if (section == null) {
            PackSummary s = PackSummary.of(p);
            if (format == Format.CSV) {
                return countsTable(s).csv();
            }
            return String.format(
                            Locale.ROOT,
                            "%s: %s%nas of %s, hub state %s%n%s%n",
                            s.name(),
                            s.title(),
                            s.asOf(),
                            s.home(),
                            p.meta().description().strip())
                    + "\n" + countsTable(s).text()
                    + String.format(
                            Locale.ROOT,
                            "%d fact rows, %.0f%% with a source; %d sources. Try --section gas.%n",
                            s.rows(),
                            100 * s.sourcedShare(),
                            s.sources());
        }
        return PackTables.of(p, section, format).render(format);
    }

    static String conf(Provenance p) {
        return p.confidence().code() + (p.sourced() ? " [" + String.join(";", p.sourceIds()) + "]" : "");
    }
}
