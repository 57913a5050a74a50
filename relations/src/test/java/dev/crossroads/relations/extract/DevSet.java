package dev.crossroads.relations.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The development set of the event coder ({@code dev-events.tsv}): sentences written for this project per PLOVER
 * type, scored the way the PLOVER gold benchmark scores (the main event's PLOVER type, {@link MainEvent}; actor codes as sets,
 * micro-averaged). Lexicon and rule changes are judged here first; the public gold set only measures them.
 * {@code main} prints the report (per-type precision and recall, the misses).
 */
final class DevSet {
    static final String RESOURCE = "/dev/crossroads/relations/extract/dev-events.tsv";
    static final String HELD_OUT = "/dev/crossroads/relations/extract/heldout-events.tsv";
    /** Development sentences for who an event is between (attribution, locatives, possessors, coordination, ...). */
    static final String STRUCTURE = "/dev/crossroads/relations/extract/dev-structure.tsv";
    /** Held-out sentences for the same phenomena, written before the phrase-structure rules and never used to make them. */
    static final String STRUCTURE_HELD_OUT = "/dev/crossroads/relations/extract/heldout-structure.tsv";

    static final String HELD_OUT_TYPES = "/dev/crossroads/relations/extract/heldout-types.tsv";
    /** Held-out sentences for target actors, written before the fifth round's target-actor changes and never used to make them. */
    static final String TARGETS_HELD_OUT = "/dev/crossroads/relations/extract/heldout-targets.tsv";
    /**
     * Held-out sentences for the fifth round's phenomena (threats, hyphenated modifiers, opening phrases, datelines,
     * little-known group names), written after that round's rules by someone who had not seen them; never used to
     * change them.
     */
    static final String ROUND5_HELD_OUT = "/dev/crossroads/relations/extract/heldout-round5.tsv";
    /**
     * Held-out sentences for threats (26 THREATEN in varied forms, 14 controls that are not threats), written before
     * the threat changes and never used to make them.
     */
    static final String THREATS_HELD_OUT = "/dev/crossroads/relations/extract/heldout-threats.tsv";

    private static final LocalDate DATE = LocalDate.of(2020, 6, 1);

    record Item(int line, String type, Set<String> sources, Set<String> targets, String sentence) {}

    record Score(
            int records,
            int correct,
            double typeAccuracy,
            double sourceF1,
            double targetF1,
            Map<String, Map<String, Integer>> confusion,
            List<String> misses) {}

    static List<Item> items(String resource) {
        InputStream in = DevSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException(resource + ":" + no + ": expected 4 tab-separated fields");
                }
                out.add(new Item(no, f[0], codes(f[1]), codes(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> codes(String cell) {
        Set<String> out = new HashSet<>();
        if (!cell.equals("-")) {
            for (String c : cell.split(",")) {
                out.add(c.strip());
            }
        }
        return out;
    }

    static Score score(Extractor extractor) {
        return score(extractor, RESOURCE);
    }

    static Score score(Extractor extractor, String resource) {
        return score(extractor, resource, false);
    }

    /**
     * Scores the main event of each sentence ({@link Extraction#mainEvents}), or with {@code firstEvent} the
     * first event the extractor codes (how the benchmark compared before the main-event choice).
     */
    static Score score(Extractor extractor, String resource, boolean firstEvent) {
        int correct = 0;
        int[] s = new int[3];
        int[] t = new int[3];
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<Item> items = items(resource);
        for (Item it : items) {
            List<ExtractedEvent> events = extractor.extractSentence(it.sentence(), DATE);
            Optional<ExtractedEvent> first = (firstEvent ? events : Extraction.mainEvents(events))
                    .stream().findFirst();
            String predicted = first.flatMap(ExtractedEvent::plover).orElse("NONE");
            if (predicted.equals(it.type())) {
                correct++;
            }
            confusion.computeIfAbsent(it.type(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            Set<String> ps = first.map(e -> codes(e.ploverSources())).orElse(Set.of());
            Set<String> pt = first.map(e -> codes(e.ploverTargets())).orElse(Set.of());
            count(it.sources(), ps, s);
            count(it.targets(), pt, t);
            if (!predicted.equals(it.type()) || !ps.equals(it.sources()) || !pt.equals(it.targets())) {
                misses.add(String.format(
                        Locale.ROOT,
                        "line %d: %s %s>%s, got %s %s>%s [%s]: %s",
                        it.line(),
                        it.type(),
                        it.sources(),
                        it.targets(),
                        predicted,
                        ps,
                        pt,
                        first.map(ExtractedEvent::trigger).orElse(""),
                        it.sentence()));
            }
        }
        return new Score(items.size(), correct, (double) correct / items.size(), f1(s), f1(t), confusion, misses);
    }

    private static Set<String> codes(List<ActorMention> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(a -> out.add(a.code().length() > 3 ? a.code().substring(0, 3) : a.code()));
        return out;
    }

    private static void count(Set<String> gold, Set<String> predicted, int[] acc) {
        for (String p : predicted) {
            acc[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                acc[2]++;
            }
        }
    }

    private static double f1(int[] acc) {
        double p = acc[0] + acc[1] == 0 ? 0 : (double) acc[0] / (acc[0] + acc[1]);
        double r = acc[0] + acc[2] == 0 ? 0 : (double) acc[0] / (acc[0] + acc[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Prints the report: totals, per-type precision and recall, and every miss ({@code --quiet}: not the
     * misses; {@code --file RESOURCE}: another sentence file, such as {@link #HELD_OUT}; {@code --first}: score
     * the first event of each sentence instead of its main event).
     */
    public static void main(String[] args) {
        List<String> a = List.of(args);
        String resource = a.contains("--file") ? a.get(a.indexOf("--file") + 1) : RESOURCE;
        Score sc = score(Extractor.standard(), resource, a.contains("--first"));
        System.out.printf(
                Locale.ROOT,
                resource.substring(resource.lastIndexOf('/') + 1)
                        + (a.contains("--first") ? " (first event)" : " (main event)")
                        + ": %d sentences, type accuracy %.3f (%d), source F1 %.3f, target F1 %.3f%n",
                sc.records(),
                sc.typeAccuracy(),
                sc.correct(),
                sc.sourceF1(),
                sc.targetF1());
        Map<String, Integer> predictedTotals = new TreeMap<>();
        sc.confusion().values().forEach(row -> row.forEach((k, v) -> predictedTotals.merge(k, v, Integer::sum)));
        for (var e : sc.confusion().entrySet()) {
            int hit = e.getValue().getOrDefault(e.getKey(), 0);
            int gold =
                    e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int pred = predictedTotals.getOrDefault(e.getKey(), 0);
            System.out.printf(
                    Locale.ROOT,
                    "  %-12s P %.2f R %.2f (%d/%d) %s%n",
                    e.getKey(),
                    pred == 0 ? 0.0 : (double) hit / pred,
                    (double) hit / gold,
                    hit,
                    gold,
                    e.getValue());
        }
        if (!a.contains("--quiet")) {
            sc.misses().forEach(m -> System.out.println("- " + m));
        }
    }
}
