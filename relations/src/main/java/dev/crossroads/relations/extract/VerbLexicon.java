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
                if (f.length < 2 || !f[0].matches("\\d{2,4}")) {
                    throw new RelationsException(
                            name + ":" + no + ": expected 'CODE lemma [lemma...]', got '" + l + "'");
                }
                if (!cameo.contains(f[0])) {
                    throw new RelationsException(
                            name + ":" + no + ": CAMEO code " + f[0] + " is not in " + Cameo.RESOURCE);
                }
                List<String> lemmas = List.of(f).subList(1, f.length);
                map.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new Pattern(f[0], lemmas, no));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VerbLexicon(map, n);
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
