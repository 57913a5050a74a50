package dev.crossroads.relations.extract;

import dev.crossroads.relations.RelationsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verb-pattern lexicon ({@code lexicon/verbs.txt}): a CAMEO code and a sequence of lemmas whose first
 * lemma is the trigger. Each further lemma must follow within {@link #GAP} tokens of the previous one.
 *
 * <p>A line {@code @name word word ...} defines a class of words; a pattern may name it after its trigger
 * ({@code 073 send @goods to}: send, then any word of the class, then "to"). The pattern stands for one pattern
 * per word of the class, all with its line number. A class must be defined before a pattern uses it.
 */
public final class VerbLexicon {
    static final String RESOURCE = "/dev/crossroads/relations/lexicon/verbs.txt";
    /** Most tokens allowed between two lemmas of a pattern ("impose new economic sanctions"). */
    public static final int GAP = 4;

    /** One line of the lexicon. */
    public record Pattern(String code, List<String> lemmas, int line) {
        public Pattern {
            lemmas = List.copyOf(lemmas);
        }
    }

    private final Map<String, List<Pattern>> byTrigger;
    private final int size;

    private VerbLexicon(Map<String, List<Pattern>> byTrigger, int size) {
        this.byTrigger = byTrigger;
        this.size = size;
    }

    public static VerbLexicon standard(Cameo cameo) {
        return load(VerbLexicon.class.getResourceAsStream(RESOURCE), RESOURCE, cameo);
    }

    static VerbLexicon load(InputStream in, String name, Cameo cameo) {
        if (in == null) {
            throw new RelationsException("missing resource " + name);
        }
        Map<String, List<Pattern>> map = new HashMap<>();
        Map<String, List<String>> classes = new HashMap<>();
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.toLowerCase(Locale.ROOT).split("\\s+");
                if (f[0].startsWith("@")) {
                    if (!f[0].matches("@[a-z]+") || f.length < 2) {
                        throw new RelationsException(name + ":" + no
                                + ": expected '@class word [word...]' (a class name of letters and at least one word),"
                                + " got '" + l + "'");
                    }
                    if (classes.putIfAbsent(f[0], List.of(f).subList(1, f.length)) != null) {
                        throw new RelationsException(name + ":" + no + ": class " + f[0]
                                + " is defined twice; add the words to its first line");
                    }
                    continue;
                }
                if (f.length < 2 || !f[0].matches("\\d{2,4}")) {
                    throw new RelationsException(
                            name + ":" + no + ": expected 'CODE lemma [lemma...]', got '" + l + "'");
                }
                if (!cameo.contains(f[0])) {
                    throw new RelationsException(
                            name + ":" + no + ": CAMEO code " + f[0] + " is not in " + Cameo.RESOURCE);
                }
                if (f[1].startsWith("@")) {
                    throw new RelationsException(name + ":" + no
                            + ": a pattern's trigger must be a word, not the class " + f[1]
                            + "; write one line per trigger");
                }
                for (List<String> lemmas : expand(List.of(f).subList(1, f.length), classes, name, no)) {
                    map.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new Pattern(f[0], lemmas, no));
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VerbLexicon(map, n);
    }

    /** The patterns a line stands for: one per word of each class it names (see the class comment). */
    private static List<List<String>> expand(
            List<String> words, Map<String, List<String>> classes, String name, int no) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (String w : words) {
            List<String> choices = List.of(w);
            if (w.startsWith("@")) {
                choices = classes.get(w);
                if (choices == null) {
                    throw new RelationsException(name + ":" + no + ": class " + w
                            + " is not defined above this line; define it as '" + w + " word word ...'");
                }
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String c : choices) {
                    List<String> p = new ArrayList<>(prefix);
                    p.add(c);
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    /** Patterns starting with {@code lemma}; a British -ise/-isation spelling finds the -ize entries. */
    List<Pattern> triggeredBy(String lemma) {
        List<Pattern> found = byTrigger.get(lemma);
        if (found != null) {
            return found;
        }
        int at = lemma.indexOf("is", Math.max(0, lemma.length() - 7));
        if (at > 2 && (lemma.endsWith("ise") || lemma.endsWith("isation"))) {
            return byTrigger.getOrDefault(lemma.substring(0, at) + "iz" + lemma.substring(at + 2), List.of());
        }
        return List.of();
    }

    public int size() {
        return size;
    }
}
