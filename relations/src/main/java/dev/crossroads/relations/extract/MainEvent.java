package dev.crossroads.relations.extract;

import java.util.List;
import java.util.Set;

/**
 * Which of a sentence's events is the one the sentence reports, read from the words around each trigger (no
 * parser). A news sentence often names earlier or surrounding happenings beside its main act: "Following the
 * bombing of its embassy, Spain recalled its ambassador" reports a recall, not a bombing; "Greece, which had
 * threatened to block the deal, signed the accord" reports a signing; "The detained journalists were released"
 * reports a release. Event coders that code one event per sentence (PLOVER, CAMEO) code the main clause's act.
 *
 * <p>Each trigger gets a rank; the main event is the first event of the lowest rank:
 * <ol start="0">
 * <li>a trigger of the main clause;</li>
 * <li>a single-word prenominal modifier in the main clause, an adjective or participle between a determiner
 * (or possessive, or the start, or a hyphen) and a noun ("the detained journalists", "Russian-occupied
 * towns");</li>
 * <li>a trigger in a background or subordinate phrase: after "following", "after", "since", "despite", "amid", "during",
 * "before", "while", "when", "because", "although", "once", "until", "citing", "according" (an attribution) with no comma or semicolon
 * between, unless the word is an adverb of the main clause ("once again", "has since withdrawn"); in a relative clause ("which", "who", "whom", "whose" since the last comma); or in an opening
 * participial clause before the first comma ("Accused of sheltering rebels, Rwanda denied ..."), or in an opening
 * adverbial phrase before it ("With the signing of the accord, ...", "In response to the raids, ...").</li>
 * </ol>
 * The ledger and the store keep every event; the rank only says which one is the sentence's main event
 * ({@link ExtractedEvent#main()}).
 */
final class MainEvent {
    static final int MAIN_CLAUSE = 0;
    static final int MODIFIER = 1;
    static final int SUBORDINATE = 2;

    /** Words that open a background or subordinate phrase whose event is not the sentence's main act. */
    private static final Set<String> SUBORDINATORS = Set.of(
            "following",
            "after",
            "since",
            "despite",
            "amid",
            "amidst",
            "during",
            "before",
            "while",
            "when",
            "whenever",
            "because",
            "although",
            "though",
            "once",
            "until",
            "citing",
            "according");

    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "—");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "'s", "’s");
    private static final Set<String> DETERMINER_TAGS = Set.of("DET", "ADJ", "NUM");

    private MainEvent() {}

    /** The rank of the trigger spanning tokens {@code from} to {@code last} (see the class comment). */
    static int rank(List<Nlp.Token> tokens, int from, int last) {
        if (subordinate(tokens, from)) {
            return SUBORDINATE;
        }
        if (from == last && modifier(tokens, from)) {
            return MODIFIER;
        }
        return MAIN_CLAUSE;
    }

    /** The index of the main event among events of these ranks (in sentence order): the first of the lowest rank. */
    static int choose(List<Integer> ranks) {
        int best = -1;
        for (int k = 0; k < ranks.size(); k++) {
            if (best < 0 || ranks.get(k) < ranks.get(best)) {
                best = k;
            }
        }
        return best;
    }

    private static boolean subordinate(List<Nlp.Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = tokens.get(j).lower();
            if (CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (RELATIVES.contains(w) || (SUBORDINATORS.contains(w) && !adverb(tokens, j))) {
                return true;
            }
        }
        return openingParticipialClause(tokens, i) || openingAdverbial(tokens, i);
    }

    /**
     * For a trigger at {@code trigger}, the end (its closing comma) of the background phrase that token {@code j}
     * lies in, or -1: an opening background phrase ("Following Israeli strikes near X, ...", "After X struck ...,
     * ...") or a relative clause between commas ("Turkey, which had threatened Israel, signed ...") that closes
     * before the trigger. Who does the main clause's act is not found inside such a phrase.
     */
    static int backgroundEnd(List<Nlp.Token> tokens, int j, int trigger) {
        if (j < 0 || j >= trigger) {
            return -1;
        }
        int firstComma = firstComma(tokens);
        boolean opensInBackground = !tokens.isEmpty()
                && ((SUBORDINATORS.contains(tokens.get(0).lower()) && !adverb(tokens, 0))
                        || openingAdverbial(tokens, 0)
                        || openingParticipialClause(tokens, 0));
        if (opensInBackground && firstComma > 0 && j < firstComma && trigger > firstComma) {
            return firstComma;
        }
        // a relative clause: ", which|who|whom|whose ... ," before the trigger
        for (int r = j; r >= 1; r--) {
            String w = tokens.get(r).lower();
            if (r < j && CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (RELATIVES.contains(w) && tokens.get(r - 1).lower().equals(",")) {
                for (int c = j + 1; c < trigger; c++) {
                    if (tokens.get(c).lower().equals(",")) {
                        return c;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The index of the sentence's first comma after its first token, or -1. */
    private static int firstComma(List<Nlp.Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).lower().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** Phrases that, opening a sentence, set the scene of the main clause after the first comma. */
    private static final List<List<String>> OPENINGS = List.of(
            List.of("with"),
            List.of("in", "response", "to"),
            List.of("in", "reaction", "to"),
            List.of("in", "retaliation", "for"),
            List.of("in", "the", "wake", "of"),
            List.of("in", "the", "aftermath", "of"),
            List.of("on", "the", "eve", "of"),
            List.of("ahead", "of"),
            List.of("prior", "to"),
            List.of("as", "part", "of"));

    /**
     * "With the signing of the accord, X and Y agreed ...", "In response to the raids, X recalled ...": the
     * trigger lies before the first comma of a sentence that opens with one of {@link #OPENINGS}.
     */
    private static boolean openingAdverbial(List<Nlp.Token> tokens, int i) {
        boolean opens = false;
        for (List<String> phrase : OPENINGS) {
            boolean match = tokens.size() > phrase.size();
            for (int k = 0; k < phrase.size() && match; k++) {
                match = tokens.get(k).lower().equals(phrase.get(k));
            }
            opens |= match;
        }
        if (!opens) {
            return false;
        }
        int comma = firstComma(tokens);
        return comma > 0 && i < comma;
    }

    /**
     * Whether a subordinating word at {@code j} is used as an adverb of the main clause: "once again", "once
     * more", "has since withdrawn", "had never before met".
     */
    private static boolean adverb(List<Nlp.Token> tokens, int j) {
        String next = j + 1 < tokens.size() ? tokens.get(j + 1).lower() : "";
        if (next.equals("again") || next.equals("more")) {
            return true;
        }
        if (j == 0) {
            return false;
        }
        Nlp.Token before = tokens.get(j - 1);
        return before.tag().equals("AUX")
                || before.lower().equals("never")
                || before.lower().equals("ever");
    }

    /** "Accused of ..., X did": the trigger lies before the first comma of a sentence that opens with a participle. */
    private static boolean openingParticipialClause(List<Nlp.Token> tokens, int i) {
        if (tokens.isEmpty()) {
            return false;
        }
        Nlp.Token first = tokens.get(0);
        String w = first.lower();
        boolean participle =
                (first.tag().equals("VERB") || first.tag().equals("ADJ")) && (w.endsWith("ed") || w.endsWith("ing"));
        if (!participle) {
            return false;
        }
        int comma = firstComma(tokens);
        return comma > 0 && i < comma;
    }

    private static boolean modifier(List<Nlp.Token> tokens, int i) {
        Nlp.Token t = tokens.get(i);
        String w = t.lower();
        boolean adjective = t.tag().equals("ADJ");
        // "long-threatened": the tokenizer gives "long - threatened" or "long- threatened"
        boolean hyphenated = i > 0 && tokens.get(i - 1).text().endsWith("-");
        // after a hyphen the tagger often reads a participle as a noun ("long-threatened")
        boolean participle = (t.tag().equals("VERB") || hyphenated) && (w.endsWith("ed") || w.endsWith("ing"));
        if (!(adjective || participle) || i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).tag();
        if (!next.equals("NOUN") && !next.equals("ADJ") && !(hyphenated && next.equals("PROPN"))) {
            return false; // "the Israeli-occupied West Bank": a compound modifier may precede a name
        }
        if (i == 0) {
            return true;
        }
        Nlp.Token before = tokens.get(i - 1);
        return DETERMINER_TAGS.contains(before.tag()) || POSSESSIVES.contains(before.lower()) || hyphenated;
    }
}
