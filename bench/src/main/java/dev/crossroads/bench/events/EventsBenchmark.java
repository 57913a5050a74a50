package dev.crossroads.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.relations.extract.ActorMention;
import dev.crossroads.relations.extract.Article;
import dev.crossroads.relations.extract.ExtractedEvent;
import dev.crossroads.relations.extract.Extraction;
import dev.crossroads.relations.extract.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the event extractor on the PLOVER gold standard (event type; source and target actor codes:
 * precision, recall, F1; confusion table) and on the PETRARCH-2 validation records (CAMEO root, actor
 * codes), and measures extraction throughput on one core over a generated corpus. The extractor codes each
 * gold sentence; its main event ({@link Extraction#mainEvents}: the main clause's act, not a background or
 * subordinate event) is compared with the gold event; {@code firstEvent} compares the first event the extractor
 * codes instead, as the benchmark did before the main-event choice. A mediation event is compared in PLOVER's (and
 * CAMEO's) convention: the mediator is the source and both parties are the targets.
 */
public final class EventsBenchmark {
    private final Extractor extractor;

    public EventsBenchmark(Extractor extractor) {
        this.extractor = extractor;
    }

    /** One mistake, for reading the errors. */
    public record Miss(
            String id,
            String text,
            String goldType,
            String predictedType,
            Set<String> goldSources,
            Set<String> predictedSources,
            Set<String> goldTargets,
            Set<String> predictedTargets,
            String trigger) {}

    public record GoldScore(
            String file,
            int records,
            int eventTypeCorrect,
            double eventTypeAccuracy,
            double sourceActorF1,
            double targetActorF1,
            Prf source,
            Prf target,
            Map<String, Map<String, Integer>> confusion,
            List<Miss> misses) {}

    public record PetrarchScore(
            String file,
            int records,
            int withEvents,
            int rootCorrect,
            double cameoRootAccuracy,
            Prf source,
            Prf target,
            int noEventRecords,
            int falseEventsOnNoEventRecords) {}

    /**
     * Throughput: wall-clock seconds and the thread's CPU seconds (on a shared machine the CPU figure is
     * the one-core rate; the wall figure includes waiting for the core).
     */
    public record Throughput(
            long seed,
            int articles,
            int sentences,
            int events,
            double seconds,
            double cpuSeconds,
            double sentencesPerSecond,
            double articlesPerSecond,
            double sentencesPerCpuSecond,
            double articlesPerCpuSecond) {}

    /** The PLOVER gold score of each sentence's main event. */
    public GoldScore plover(Path file) throws IOException {
        return plover(file, false);
    }

    /** The PLOVER gold score of each sentence's main event, or with {@code firstEvent} of its first event. */
    public GoldScore plover(Path file, boolean firstEvent) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int records = 0;
        int correct = 0;
        int[] s = new int[3];
        int[] t = new int[3];
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        for (JsonNode r : root) {
            String type = r.path("event").asText();
            String text = r.path("text").asText("");
            if (type.equals("DOCUMENT") || text.isBlank()) {
                continue;
            }
            records++;
            LocalDate date = parseDate(r.path("date").asText("")).orElse(LocalDate.of(2000, 1, 1));
            List<ExtractedEvent> events = extractor.extractSentence(text, date);
            Optional<ExtractedEvent> first = (firstEvent ? events : Extraction.mainEvents(events))
                    .stream().findFirst();
            String predicted = first.flatMap(ExtractedEvent::plover).orElse("NONE");
            if (predicted.equals(type)) {
                correct++;
            }
            confusion.computeIfAbsent(type, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            Set<String> gs = codes(r.path("source"));
            Set<String> gt = codes(r.path("target"));
            Set<String> ps = first.map(e -> codes(e.ploverSources())).orElse(Set.of());
            Set<String> pt = first.map(e -> codes(e.ploverTargets())).orElse(Set.of());
            count(gs, ps, s);
            count(gt, pt, t);
            if (!predicted.equals(type) || !gs.equals(ps) || !gt.equals(pt)) {
                misses.add(new Miss(
                        r.path("id").asText(),
                        text,
                        type,
                        predicted,
                        gs,
                        ps,
                        gt,
                        pt,
                        first.map(ExtractedEvent::trigger).orElse("")));
            }
        }
        Prf src = Prf.of(s[0], s[1], s[2]);
        Prf tgt = Prf.of(t[0], t[1], t[2]);
        return new GoldScore(
                file.toString(),
                records,
                correct,
                records == 0 ? 0 : (double) correct / records,
                src.f1(),
                tgt.f1(),
                src,
                tgt,
                confusion,
                misses);
    }

    private static void count(Set<String> gold, Set<String> predicted, int[] acc) {
        for (String p : predicted) {
            if (gold.contains(p)) {
                acc[0]++;
            } else {
                acc[1]++;
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                acc[2]++;
            }
        }
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new HashSet<>();
        if (actors.isArray()) {
            for (JsonNode a : actors) {
                String c = a.path("code").asText("");
                if (c.length() >= 3) {
                    out.add(c.substring(0, 3));
                }
            }
        }
        return out;
    }

    private static Set<String> codes(List<ActorMention> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(a -> out.add(a.code()));
        return out;
    }

    private static Optional<LocalDate> parseDate(String s) {
        try {
            if (s.matches("\\d{8}")) {
                return Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));
            }
            return Optional.of(LocalDate.parse(s));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern SENTENCE =
            Pattern.compile("(?s)<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>)");
    private static final Pattern DATE = Pattern.compile("date=\"(\\d{8})\"");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("(?s)<Text>(.*?)</Text>");

    /**
     * PETRARCH-2 validation records: for records with events, whether the main extracted event's CAMEO root
     * matches a gold event's root, and actor codes (first three letters, the state) against the gold events'
     * codes; for records coded with no event, how many got an event anyway.
     */
    public PetrarchScore petrarch(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = SENTENCE.matcher(xml);
        int records = 0;
        int withEvents = 0;
        int rootCorrect = 0;
        int noEvent = 0;
        int falseEvents = 0;
        int[] s = new int[3];
        int[] t = new int[3];
        while (m.find()) {
            Matcher tm = TEXT.matcher(m.group(2));
            if (!tm.find()) {
                continue;
            }
            String text = tm.group(1).replaceAll("\\s+", " ").strip();
            Matcher dm = DATE.matcher(m.group(1));
            LocalDate date =
                    dm.find() ? parseDate(dm.group(1)).orElse(LocalDate.of(2008, 1, 1)) : LocalDate.of(2008, 1, 1);
            List<Map<String, String>> codings = new ArrayList<>();
            Matcher cm = CODING.matcher(m.group(2));
            boolean none = false;
            while (cm.find()) {
                Map<String, String> attrs = new TreeMap<>();
                Matcher am = ATTR.matcher(cm.group(1));
                while (am.find()) {
                    attrs.put(am.group(1), am.group(2));
                }
                if (attrs.containsKey("noevents")) {
                    none = true;
                } else if (attrs.containsKey("eventcode")) {
                    codings.add(attrs);
                }
            }
            records++;
            List<ExtractedEvent> events = extractor.extractSentence(text, date);
            if (codings.isEmpty()) {
                if (none) {
                    noEvent++;
                    if (!events.isEmpty()) {
                        falseEvents++;
                    }
                }
                continue;
            }
            withEvents++;
            Optional<ExtractedEvent> first =
                    Extraction.mainEvents(events).stream().findFirst();
            Set<String> roots = new HashSet<>();
            Set<String> gs = new HashSet<>();
            Set<String> gt = new HashSet<>();
            for (Map<String, String> c : codings) {
                roots.add(c.get("eventcode").substring(0, 2));
                String sc = c.getOrDefault("sourcecode", "");
                String tc = c.getOrDefault("targetcode", "");
                if (sc.length() >= 3) {
                    gs.add(sc.substring(0, 3));
                }
                if (tc.length() >= 3) {
                    gt.add(tc.substring(0, 3));
                }
            }
            if (first.isPresent() && roots.contains(first.get().cameo().root())) {
                rootCorrect++;
            }
            count(gs, first.map(e -> codes(e.ploverSources())).orElse(Set.of()), s);
            count(gt, first.map(e -> codes(e.ploverTargets())).orElse(Set.of()), t);
        }
        return new PetrarchScore(
                file.toString(),
                records,
                withEvents,
                rootCorrect,
                withEvents == 0 ? 0 : (double) rootCorrect / withEvents,
                Prf.of(s[0], s[1], s[2]),
                Prf.of(t[0], t[1], t[2]),
                noEvent,
                falseEvents);
    }

    /**
     * Extraction throughput on one thread over {@code articles} generated articles (seeded), after a warm-up
     * on a tenth of them.
     */
    public Throughput throughput(int articles, long seed) {
        List<Article> corpus = CorpusGenerator.generate(articles, seed);
        int warm = Math.max(1, articles / 10);
        for (int i = 0; i < warm; i++) {
            extractor.extract(corpus.get(i));
        }
        int sentences = 0;
        int events = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Article a : corpus) {
            Extraction x = extractor.extract(a);
            sentences += x.sentences();
            events += x.events().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        return new Throughput(
                seed,
                corpus.size(),
                sentences,
                events,
                seconds,
                cpu,
                sentences / seconds,
                corpus.size() / seconds,
                sentences / cpu,
                corpus.size() / cpu);
    }

    /** Random for callers that want the default seed. */
    public static final long DEFAULT_SEED = 20251129L;

    static Random random(long seed) {
        return new Random(seed);
    }
}
