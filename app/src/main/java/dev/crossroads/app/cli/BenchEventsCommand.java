package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.bench.events.EventsBenchmark;
import dev.crossroads.relations.extract.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossroads bench events --gold FILE}: the event extractor on the PLOVER gold standard, optionally on
 * the PETRARCH-2 validation records, and its throughput on a generated corpus.
 */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description =
                "Score the event extractor on the PLOVER gold standard (and PETRARCH-2 records); measure throughput.")
public final class BenchEventsCommand implements Callable<Integer> {
    @Option(
            names = "--gold",
            required = true,
            paramLabel = "FILE",
            description = "PLOVER gold JSON (e.g. ../shared/data/events/plover-gold.json).")
    Path gold;

    @Option(
            names = "--petrarch",
            paramLabel = "FILE",
            description = "PETRARCH-2 validation XML (e.g. ../shared/data/events/petrarch2-validation.xml).")
    Path petrarch;

    @Option(
            names = "--throughput",
            paramLabel = "ARTICLES",
            defaultValue = "0",
            description = "Also time extraction over this many generated articles (about 6 sentences each; 0: skip).")
    int throughputArticles;

    @Option(
            names = "--seed",
            defaultValue = "20251129",
            description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--errors",
            defaultValue = "0",
            description = "Print this many mistakes on the gold set (table format).")
    int errors;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : petrarch == null ? new Path[] {gold} : new Path[] {gold, petrarch}) {
            if (!Files.isRegularFile(p)) {
                throw new UserException("no file at " + p);
            }
        }
        EventsBenchmark bench = new EventsBenchmark(Extractor.standard());
        try {
            EventsBenchmark.GoldScore g = bench.plover(gold);
            EventsBenchmark.GoldScore firstEvent = bench.plover(gold, true);
            EventsBenchmark.PetrarchScore pe = petrarch == null ? null : bench.petrarch(petrarch);
            EventsBenchmark.Throughput tp = throughputArticles > 0 ? bench.throughput(throughputArticles, seed) : null;
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("eventTypeAccuracy", g.eventTypeAccuracy());
                json.put("sourceActorF1", g.sourceActorF1());
                json.put("targetActorF1", g.targetActorF1());
                json.put("compared", "main event of each sentence");
                json.put("firstEvent", firstEventFigures(firstEvent));
                json.put("gold", g);
                json.put("petrarch", pe);
                json.put("throughput", tp);
                out.print(Json.write(json));
                out.flush();
                return 0;
            }
            out.printf(
                    Locale.ROOT,
                    "PLOVER gold (%s): %d records, each sentence's main event compared%n",
                    g.file(),
                    g.records());
            out.printf(
                    Locale.ROOT,
                    "  event type accuracy %.3f (%d of %d); first event instead of main: %.3f (%d)%n",
                    g.eventTypeAccuracy(),
                    g.eventTypeCorrect(),
                    g.records(),
                    firstEvent.eventTypeAccuracy(),
                    firstEvent.eventTypeCorrect());
            out.printf(
                    Locale.ROOT,
                    "  source actors: precision %.3f recall %.3f F1 %.3f%n",
                    g.source().precision(),
                    g.source().recall(),
                    g.source().f1());
            out.printf(
                    Locale.ROOT,
                    "  target actors: precision %.3f recall %.3f F1 %.3f%n",
                    g.target().precision(),
                    g.target().recall(),
                    g.target().f1());
            out.printf(
                    Locale.ROOT,
                    "  first event instead of main: source F1 %.3f, target F1 %.3f%n",
                    firstEvent.sourceActorF1(),
                    firstEvent.targetActorF1());
            Set<String> predicted = new TreeSet<>();
            g.confusion().values().forEach(m -> predicted.addAll(m.keySet()));
            String[] headers = new String[predicted.size() + 1];
            headers[0] = "gold \\ predicted";
            int i = 1;
            for (String p : predicted) {
                headers[i++] = p.length() > 5 ? p.substring(0, 5) : p;
            }
            TextTable t = new TextTable(headers);
            g.confusion().forEach((type, row) -> {
                Object[] cells = new Object[headers.length];
                cells[0] = type;
                int k = 1;
                for (String p : predicted) {
                    Integer n = row.get(p);
                    cells[k++] = n == null ? "." : n;
                }
                t.add(cells);
            });
            out.print(t.text());
            if (pe != null) {
                out.printf(
                        Locale.ROOT,
                        "PETRARCH-2 validation (%s): %d records, %d with events%n",
                        pe.file(),
                        pe.records(),
                        pe.withEvents());
                out.printf(
                        Locale.ROOT,
                        "  CAMEO root accuracy %.3f; source F1 %.3f; target F1 %.3f; %d of %d no-event records got an event%n",
                        pe.cameoRootAccuracy(),
                        pe.source().f1(),
                        pe.target().f1(),
                        pe.falseEventsOnNoEventRecords(),
                        pe.noEventRecords());
            }
            if (tp != null) {
                out.printf(
                        Locale.ROOT,
                        "throughput (one thread, seed %d): %d articles, %d sentences, %d events in %.2f s wall, "
                                + "%.2f s CPU: %.0f sentences/s and %.0f articles/s wall; %.0f sentences and %.0f articles per CPU second%n",
                        tp.seed(),
                        tp.articles(),
                        tp.sentences(),
                        tp.events(),
                        tp.seconds(),
                        tp.cpuSeconds(),
                        tp.sentencesPerSecond(),
                        tp.articlesPerSecond(),
                        tp.sentencesPerCpuSecond(),
                        tp.articlesPerCpuSecond());
            }
            for (EventsBenchmark.Miss m :
                    g.misses().subList(0, Math.min(errors, g.misses().size()))) {
                out.printf(
                        Locale.ROOT,
                        "- %s gold %s %s>%s, got %s %s>%s [%s]: %s%n",
                        m.id(),
                        m.goldType(),
                        m.goldSources(),
                        m.goldTargets(),
                        m.predictedType(),
                        m.predictedSources(),
                        m.predictedTargets(),
                        m.trigger(),
                        m.text());
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures of the first-event comparison, printed beside the main event's for continuity. */
    private static Map<String, Object> firstEventFigures(EventsBenchmark.GoldScore g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventTypeAccuracy", g.eventTypeAccuracy());
        m.put("eventTypeCorrect", g.eventTypeCorrect());
        m.put("sourceActorF1", g.sourceActorF1());
        m.put("targetActorF1", g.targetActorF1());
        return m;
    }
}
