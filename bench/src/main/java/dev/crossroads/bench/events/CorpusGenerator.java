package dev.crossroads.bench.events;

import dev.crossroads.relations.extract.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic news corpus for throughput runs: articles of 4 to 8 sentences built from templates, state
 * names, office words and verbs, with a seeded {@link Random}. About one sentence in four names no actor
 * (background), as in real reports. The wording is made up for this benchmark.
 */
public final class CorpusGenerator {
    private static final String[] STATES = {
        "Azerbaijan",
        "Turkey",
        "Syria",
        "Israel",
        "Iran",
        "Russia",
        "Georgia",
        "Armenia",
        "Qatar",
        "Saudi Arabia",
        "Jordan",
        "Iraq",
        "Egypt",
        "France",
        "Germany",
        "the United States"
    };
    private static final String[] DEMONYMS = {
        "Azerbaijani",
        "Turkish",
        "Syrian",
        "Israeli",
        "Iranian",
        "Russian",
        "Georgian",
        "Armenian",
        "Qatari",
        "Saudi",
        "Jordanian",
        "Iraqi",
        "Egyptian",
        "French",
        "German",
        "American"
    };
    private static final String[] OFFICES = {
        "president",
        "foreign minister",
        "prime minister",
        "army",
        "officials",
        "government",
        "defence minister",
        "envoy"
    };
    /** Past form and base form of each verb phrase. */
    private static final String[][] VERBS = {
        {"met", "meet"},
        {"criticized", "criticize"},
        {"praised", "praise"},
        {"threatened", "threaten"},
        {"signed an agreement with", "sign an agreement with"},
        {"accused", "accuse"},
        {"welcomed", "welcome"},
        {"rejected a proposal from", "reject a proposal from"},
        {"hosted", "host"},
        {"visited", "visit"},
        {"condemned", "condemn"},
        {"supported", "support"},
        {"attacked", "attack"},
        {"warned", "warn"},
        {"urged", "urge"},
        {"sent aid to", "send aid to"},
        {"imposed sanctions on", "impose sanctions on"},
        {"held talks with", "hold talks with"},
        {"invited", "invite"},
        {"expelled diplomats from", "expel diplomats from"}
    };

    private static final String[] WHEN = {
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "last week",
        "in a statement",
        "after a phone call",
        "during a summit",
        "at a news conference"
    };
    private static final String[] TOPICS = {
        "energy",
        "trade",
        "border security",
        "reconstruction",
        "gas supplies",
        "the ceasefire",
        "regional transport",
        "water resources"
    };
    private static final String[] BACKGROUND = {
        "Prices of basic goods rose again in the capital this month.",
        "The weather delayed the delivery of materials to several sites.",
        "Analysts expect the talks to continue for several weeks.",
        "The ministry published new figures on electricity output.",
        "Local markets reopened after the holiday."
    };

    private CorpusGenerator() {}

    public static List<Article> generate(int articles, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>(articles);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int a = 0; a < articles; a++) {
            int n = 4 + r.nextInt(5);
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < n; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sb.append(sentence(r));
            }
            out.add(new Article("gen-" + seed + "-" + a, sb.toString(), start.plusDays(r.nextInt(730))));
        }
        return out;
    }

    static String sentence(Random r) {
        if (r.nextInt(4) == 0) {
            return pick(r, BACKGROUND);
        }
        int x = r.nextInt(STATES.length);
        int y = r.nextInt(STATES.length);
        if (y == x) {
            y = (y + 1) % STATES.length;
        }
        String subject = r.nextBoolean() ? cap(STATES[x]) : "The " + DEMONYMS[x] + " " + pick(r, OFFICES);
        String object = r.nextBoolean() ? STATES[y] : "the " + DEMONYMS[y] + " " + pick(r, OFFICES);
        String modal = switch (r.nextInt(8)) {
            case 0 -> "did not ";
            case 1 -> "could ";
            case 2 -> "will ";
            default -> "";
        };
        String[] verb = VERBS[r.nextInt(VERBS.length)];
        String v = modal.isEmpty() ? verb[0] : verb[1];
        return subject + " " + modal + v + " " + object + " " + pick(r, WHEN) + " over " + pick(r, TOPICS) + ".";
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random r, String[] xs) {
        return xs[r.nextInt(xs.length)];
    }
}
