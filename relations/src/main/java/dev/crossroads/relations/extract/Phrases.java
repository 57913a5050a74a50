package dev.crossroads.relations.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A light phrase structure of one tagged sentence, written for this project from the universal part-of-speech
 * tags the {@link Nlp} tagger gives (no chunker or parser model: OpenNLP publishes none for English on Maven
 * Central). It answers the questions the {@link Extractor} asks about an actor mention when it picks the source
 * and the target of an event:
 * <ul>
 * <li><b>Attribution</b>: is the mention inside a clause that only says who reported the event? A trailing
 * ", officials in X said Monday", ", X's news agency reported", ", X police told reporters" (a comma, a noun
 * phrase with its prepositional phrases, a reporting verb, then to the end of the sentence) and an "according to
 * ..." phrase (to the next comma or the end) are attribution: their actors are neither source nor target of an
 * event outside them.</li>
 * <li><b>Locative</b>: is the mention the place of the event, governed by "in", "at", "near", "inside", ...,
 * possibly through a place noun ("in the X city of Y", "in the south of X", "near the X border")? A place is not
 * the target; but a group word right before the preposition ("rebels in X", "protesters in X") makes the mention
 * the state of that group, as PLOVER codes domestic actors by the state they are in.</li>
 * <li><b>Modifier</b>: does the mention only modify another head, so that the noun phrase is not the mention's
 * state: a possessor of a relational noun ("X's allies", "a cousin of X's ambassador") or the first half of a
 * hyphenated participle ("X-made", "X-backed", "X-funded"; "X-led" keeps X, the leader).</li>
 * <li><b>Group subject</b>: is the subject of a clause a role or group word with no state ("Gunmen", "Thousands
 * of students", "A judge")?</li>
 * </ul>
 * Plain Java over the token list; no IO. Tolerates any input: an empty sentence, punctuation only, no verb.
 */
final class Phrases {
    /** Verbs (lemmas) that report a statement; their clause attributes the sentence's news to someone. */
    private static final Set<String> REPORTING = Set.of(
            "say",
            "report",
            "tell",
            "add",
            "state",
            "claim",
            "confirm",
            "quote",
            "write",
            "announce",
            "note",
            "allege",
            "disclose",
            "reveal");

    /** Prepositions that put a noun phrase at a place. */
    private static final Set<String> LOCATIVE = Set.of(
            "in",
            "at",
            "near",
            "inside",
            "across",
            "around",
            "throughout",
            "within",
            "along",
            "off",
            "outside",
            "beyond");

    /** Nouns that name a place inside or beside a state ("the X city of Y", "the south of X", "the X border"). */
    private static final Set<String> PLACE_NOUNS = Set.of(
            "city",
            "town",
            "village",
            "province",
            "region",
            "district",
            "capital",
            "border",
            "borders",
            "frontier",
            "coast",
            "port",
            "south",
            "north",
            "east",
            "west",
            "centre",
            "center",
            "outskirts",
            "suburbs",
            "area",
            "areas",
            "part",
            "parts",
            "side",
            "enclave",
            "state",
            "county",
            "governorate",
            "territory",
            "waters",
            "island",
            "islands",
            "valley",
            "heartland",
            "interior",
            "streets",
            "camp");

    /** Place nouns that mark a border: the state named is beside the place, not where it is. */
    private static final Set<String> BORDER_NOUNS = Set.of("border", "borders", "frontier", "coast", "waters");

    /** Nouns whose possessor is someone else: "X's allies" are not X. */
    private static final Set<String> RELATIONAL = Set.of(
            "ally",
            "allies",
            "proxy",
            "proxies",
            "rival",
            "rivals",
            "enemy",
            "enemies",
            "foe",
            "foes",
            "adversary",
            "adversaries",
            "opponent",
            "opponents",
            "critic",
            "critics",
            "neighbour",
            "neighbours",
            "neighbor",
            "neighbors",
            "partner",
            "partners",
            "friend",
            "friends",
            "relative",
            "relatives",
            "cousin",
            "cousins",
            "brother",
            "brothers",
            "sister",
            "sisters",
            "son",
            "sons",
            "daughter",
            "daughters",
            "wife",
            "husband",
            "widow",
            "family",
            "nephew",
            "niece",
            "victims",
            "victim",
            "hostages",
            "hostage",
            "captives");

    /** Heads that a demonym describes without making them its state's acts: languages and culture. */
    private static final Set<String> NON_ACTOR_HEADS = Set.of(
            "language",
            "languages",
            "dialect",
            "alphabet",
            "script",
            "culture",
            "cuisine",
            "literature",
            "music",
            "heritage",
            "folklore",
            "speakers");

    /** Hyphenated participles after which the state is still the actor ("X-led coalition"). */
    private static final Set<String> HEADING = Set.of("led", "run", "based", "ruled", "governed", "dominated");

    /** Words for people and groups that carry no state of their own (the gazetteer's sector words come on top). */
    private static final Set<String> GROUP_WORDS = Set.of(
            "people",
            "residents",
            "citizens",
            "villagers",
            "workers",
            "students",
            "youths",
            "men",
            "women",
            "fighters",
            "gunmen",
            "militants",
            "protesters",
            "protestors",
            "demonstrators",
            "supporters",
            "group",
            "groups",
            "activists",
            "judge",
            "judges",
            "court",
            "bomber",
            "bombers",
            "attackers",
            "assailants",
            "smugglers",
            "pirates",
            "crowd",
            "crowds",
            "mob",
            "members",
            "followers",
            "thousands",
            "hundreds",
            "dozens",
            "teachers",
            "farmers",
            "miners",
            "strikers",
            "prisoners",
            "inmates",
            "insurgents",
            "rebels",
            "guerrillas",
            "police",
            "policemen",
            "troops",
            "soldiers",
            "forces",
            "army",
            "authorities",
            "officials",
            "government",
            "opposition",
            "tribesmen",
            "extremists",
            "islamists",
            "separatists",
            "jihadists",
            "lawyers",
            "doctors",
            "nurses",
            "unions",
            "union",
            "parties",
            "party",
            "leaders",
            "militia",
            "militiamen",
            "force",
            "refugees",
            "civilians",
            "peacekeepers",
            "observers",
            "monitors");

    private final List<Nlp.Token> tokens;
    private final Predicate<String> roleWord;
    private final boolean[] attribution;

    private final boolean modifiers;
    private final boolean attributions;

    private Phrases(List<Nlp.Token> tokens, Predicate<String> roleWord) {
        this.tokens = tokens;
        this.roleWord = roleWord;
        this.attribution = new boolean[tokens.size()];
        this.modifiers = true;
        this.attributions = true;
        markAttribution();
    }

    private Phrases(Phrases p, boolean modifiers, boolean attributions) {
        this.tokens = p.tokens;
        this.roleWord = p.roleWord;
        this.attribution = p.attribution;
        this.modifiers = modifiers;
        this.attributions = attributions;
    }

    /**
     * The same structure with no mention taken for a modifier: for an event whose only actors are modifiers
     * ("critics of X's president marched"), where a modifier is a better guess than no actor at all.
     */
    Phrases withoutModifiers() {
        return new Phrases(this, false, attributions);
    }

    /**
     * The same structure with no attribution set apart: for an event whose only actors are in its attribution
     * ("..., according to the X interior secretary"), where the reporter's state is a better guess than no actor.
     */
    Phrases withoutAttribution() {
        return new Phrases(this, modifiers, false);
    }

    /** The phrase structure of tagged tokens; {@code roleWord} says whether a lower-case word names a role or group. */
    static Phrases of(List<Nlp.Token> tokens, Predicate<String> roleWord) {
        return new Phrases(tokens, roleWord);
    }

    /** Phrases with only this class's own group words. */
    static Phrases of(List<Nlp.Token> tokens) {
        return new Phrases(tokens, w -> false);
    }

    /** Whether token {@code i} lies in an attribution clause or phrase (see the class comment). */
    boolean attribution(int i) {
        return i >= 0 && i < attribution.length && attribution[i];
    }

    /** Whether tokens {@code [from, to)} lie in attribution that does not also hold token {@code trigger}. */
    boolean attributionApartFrom(int from, int trigger) {
        if (!attributions || !attribution(from)) {
            return false;
        }
        if (!attribution(trigger)) {
            return true;
        }
        for (int j = Math.min(from, trigger); j <= Math.max(from, trigger); j++) {
            if (!attribution[j]) {
                return true; // two attribution spans with ordinary text between
            }
        }
        return false;
    }

    private void markAttribution() {
        int n = tokens.size();
        // "according to ..." up to the next comma or the end
        for (int i = 0; i + 1 < n; i++) {
            if (tokens.get(i).lower().equals("according")
                    && tokens.get(i + 1).lower().equals("to")) {
                int j = i;
                while (j < n && !tokens.get(j).lower().equals(",")) {
                    attribution[j++] = true;
                }
            }
        }
        // ", <noun phrase and its prepositional phrases> said|reported|told ..." to the end of the sentence
        for (int r = n - 1; r > 0; r--) {
            Nlp.Token t = tokens.get(r);
            if (!isVerbal(t) || !REPORTING.contains(t.lemma())) {
                continue;
            }
            int j = r - 1;
            while (j >= 0 && nominal(tokens.get(j))) {
                j--;
            }
            if (j >= 0 && j < r - 1 && tokens.get(j).lower().equals(",") && !thatFollows(r)) {
                for (int k = j; k < n; k++) {
                    attribution[k] = true;
                }
            }
            break; // only the last reporting verb can close the sentence
        }
    }

    /** "X said that ...": the reporting verb introduces the clause, it does not attribute what came before. */
    private boolean thatFollows(int r) {
        for (int k = r + 1; k < Math.min(tokens.size(), r + 3); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("that") || tokens.get(k).tag().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbal(Nlp.Token t) {
        return t.tag().equals("VERB") || t.tag().equals("AUX") || t.tag().equals("NOUN");
    }

    /** A token that can sit in a noun phrase or its prepositional phrases ("officials in the Polish capital"). */
    private static boolean nominal(Nlp.Token t) {
        return switch (t.tag()) {
            case "NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "PRON", "CCONJ", "PART" -> true;
            case "PUNCT" ->
                t.lower().equals("'s")
                        || t.lower().equals("’s")
                        || t.lower().equals("-")
                        || t.lower().equals("(")
                        || t.lower().equals(")"); // "the World Health Organization (WHO) said"
            case "ADV" -> t.lower().equals("here") || t.lower().equals("there");
            default -> false;
        };
    }

    /**
     * The preposition that places the mention starting at {@code from}, or -1: walking back over determiners,
     * adjectives and numbers, and through "the X city of" / "the south of" place nouns.
     */
    int locativePreposition(int from) {
        if (!placeHead(from)) {
            return -1; // "in a Turkish air strike", "in Kenyan police custody": an event or a state, not a place
        }
        int j = from - 1;
        while (j >= 0) {
            Nlp.Token t = tokens.get(j);
            String w = t.lower();
            if (LOCATIVE.contains(w) && t.tag().equals("ADP")) {
                return j;
            }
            if (w.equals("on") && t.tag().equals("ADP") && onBorder(from)) {
                return j; // "a camp on the X border": "on" places only at a border or a coast
            }
            if ((w.equals("of") || w.equals("with"))
                    && j > 0
                    && PLACE_NOUNS.contains(tokens.get(j - 1).lower())) {
                j -= 2; // "the south of X", "the city of X", "X's border with Y": go on from the place noun
                continue;
            }
            if (PLACE_NOUNS.contains(w) || w.equals("'s") || w.equals("’s")) {
                j--; // "in X's capital Y", "near the X border": the place noun and its possessor
                continue;
            }
            if (t.tag().equals("DET")
                    || t.tag().equals("ADJ")
                    || t.tag().equals("NUM")
                    || t.tag().equals("PROPN")) {
                j--;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /**
     * Whether the noun phrase that starts with the mention at {@code from} can be a place: its head, the last
     * common noun right after the mention (over "'s", names, adjectives and nouns), is a place noun, or there is
     * none ("in southern Lebanon", "in the Rwandan capital", "in Pakistan's Khyber region").
     */
    private boolean placeHead(int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).tag().equals("PROPN")) {
            j++; // the mention's own words
        }
        if (j == from) {
            j++;
        }
        String head = "";
        while (j < tokens.size()) {
            Nlp.Token t = tokens.get(j);
            String w = t.lower();
            if (w.equals("'s")
                    || w.equals("’s")
                    || t.tag().equals("PROPN")
                    || t.tag().equals("ADJ")
                    || Character.isUpperCase(t.text().charAt(0))) {
                j++; // names (the tagger may call a name a noun: "the capital Dili")
                continue;
            }
            if (t.tag().equals("NOUN")) {
                head = w;
                j++;
                continue;
            }
            break;
        }
        return head.isEmpty() || PLACE_NOUNS.contains(head) || roleWord.test(head) || GROUP_WORDS.contains(head);
    }

    /** Nouns of an attack or of holding someone: "in an X air strike", "in X custody" name X as the doer. */
    private static final Set<String> AGENT_NOUNS = Set.of(
            "strike",
            "strikes",
            "airstrike",
            "airstrikes",
            "attack",
            "attacks",
            "raid",
            "raids",
            "shelling",
            "bombing",
            "bombings",
            "bombardment",
            "fire",
            "gunfire",
            "offensive",
            "ambush",
            "assault",
            "custody",
            "crackdown",
            "operation",
            "operations",
            "missile",
            "missiles",
            "rocket",
            "rockets",
            "drone",
            "drones");

    /** Whether the mention at {@code [from, to)} is the doer named inside a cause: "in an X air strike". */
    boolean agentOfCause(int from, int to) {
        int p = from - 1;
        while (p >= 0
                && (tokens.get(p).tag().equals("DET") || tokens.get(p).tag().equals("ADJ"))) {
            p--;
        }
        if (p < 0
                || !(tokens.get(p).lower().equals("in") || tokens.get(p).lower().equals("by"))) {
            return false;
        }
        for (int j = to; j < Math.min(tokens.size(), to + 3); j++) {
            if (AGENT_NOUNS.contains(tokens.get(j).lower())) {
                return true;
            }
            if (!tokens.get(j).tag().equals("NOUN") && !tokens.get(j).tag().equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a border or coast noun follows the mention at {@code from} within two tokens. */
    private boolean onBorder(int from) {
        for (int j = from + 1; j < Math.min(tokens.size(), from + 3); j++) {
            if (BORDER_NOUNS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention {@code [from, to)} names a place (see the class comment). */
    boolean locative(int from) {
        return locativePreposition(from) >= 0;
    }

    /** Whether the locative mention at {@code from} is a border or coast ("near the X border"): beside the place. */
    boolean border(int from, int to) {
        for (int j = to; j < Math.min(tokens.size(), to + 2); j++) {
            if (BORDER_NOUNS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        int p = locativePreposition(from);
        for (int j = Math.max(0, p); j < from; j++) {
            if (BORDER_NOUNS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the locative mention at {@code from} locates a group named right before its preposition ("rebels
     * in X", "thousands of protesters in X"): the group is then of that state.
     */
    boolean locatesGroup(int from) {
        int p = locativePreposition(from);
        if (p <= 0 || !tokens.get(p).lower().equals("in")) {
            return false;
        }
        Nlp.Token before = tokens.get(p - 1);
        if (p >= 2 && before.lower().endsWith("ing") && before.tag().equals("VERB")) {
            before = tokens.get(p - 2); // "rebels operating in X", "refugees living in X"
        }
        return group(before);
    }

    /** Whether the token names a role or group of people with no state of its own. */
    boolean group(Nlp.Token t) {
        return GROUP_WORDS.contains(t.lower()) || roleWord.test(t.lower());
    }

    /**
     * Whether the mention {@code [from, to)} only modifies another head: "X's allies", "a cousin of X's envoy",
     * "X-made", "X-backed" (see the class comment).
     */
    boolean modifier(int from, int to) {
        if (!modifiers) {
            return false;
        }
        int n = tokens.size();
        // X-made, X - backed: the hyphenated participle makes X an attribute of the head noun
        if (to + 1 < n && tokens.get(to).lower().equals("-")) {
            Nlp.Token p = tokens.get(to + 1);
            String w = p.lower();
            if ((w.endsWith("ed") || w.endsWith("en") || w.equals("made") || w.equals("built") || w.equals("run"))
                    && !HEADING.contains(w)) {
                return true;
            }
        }
        if (to >= 1 && to <= n) {
            String joined = tokens.get(to - 1).lower();
            int dash = joined.lastIndexOf('-');
            if (dash > 0 && !HEADING.contains(joined.substring(dash + 1)) && joined.endsWith("ed")) {
                return true; // the mention's last token is itself "x-backed"
            }
        }
        if (to < n && NON_ACTOR_HEADS.contains(tokens.get(to).lower())) {
            return true; // "the Russian language": a language, not Russia
        }
        if (to < n && RELATIONAL.contains(tokens.get(to).lower())) {
            for (int j = from; j < to; j++) {
                if (tokens.get(j).lower().equals("'s") || tokens.get(j).lower().equals("’s")) {
                    return true; // "X's militia ally": the ally of X's militia
                }
            }
        }
        // X's (ADJ)* ally
        if (to < n
                && (tokens.get(to).lower().equals("'s")
                        || tokens.get(to).lower().equals("’s"))) {
            int j = to + 1;
            while (j < n && j <= to + 3 && !RELATIONAL.contains(tokens.get(j).lower()) && modifies(tokens.get(j))) {
                j++; // "X's local allies", "X's Lebanese allies" (the tagger may call an adjective a verb)
            }
            if (j < n && RELATIONAL.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        // a cousin of X, the allies of X
        if (from >= 2 && tokens.get(from - 1).lower().equals("of")) {
            return RELATIONAL.contains(tokens.get(from - 2).lower());
        }
        if (from >= 3
                && tokens.get(from - 1).lower().equals("the")
                && tokens.get(from - 2).lower().equals("of")) {
            return RELATIONAL.contains(tokens.get(from - 3).lower());
        }
        return false;
    }

    private static boolean modifies(Nlp.Token t) {
        return switch (t.tag()) {
            case "ADJ", "PROPN", "VERB", "NUM" -> true;
            default -> false;
        };
    }

    /**
     * Whether the subject of the clause that ends before {@code i} (from {@code clauseStart}) is a role or
     * group word with no state ("Gunmen", "Thousands of students", "A federal judge"): the first noun phrase of
     * the clause, through "of" ("thousands of workers"), holds a group word.
     */
    boolean groupSubject(int clauseStart, int i) {
        int j = Math.max(0, clauseStart);
        while (j < i && !startsNounPhrase(tokens.get(j))) {
            if (tokens.get(j).tag().equals("ADP") || tokens.get(j).tag().equals("VERB")) {
                return false; // the clause opens with a prepositional phrase or a verb: no plain subject
            }
            j++;
        }
        for (; j < i; j++) {
            Nlp.Token t = tokens.get(j);
            if (group(t)) {
                return true;
            }
            if (t.lower().equals("of")) {
                continue;
            }
            if (!startsNounPhrase(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsNounPhrase(Nlp.Token t) {
        return switch (t.tag()) {
            case "NOUN", "PROPN", "ADJ", "DET", "NUM" -> true;
            default -> false;
        };
    }

    /** Whether the trigger at {@code i} is a passive participle: "was killed", "were shelled", "has been arrested". */
    boolean passive(int i, int last) {
        if (i <= 0
                || !(tokens.get(i).tag().equals("VERB") || tokens.get(i).tag().equals("ADJ"))) {
            return false; // the tagger calls some participles adjectives ("were wounded")
        }
        String w = tokens.get(i).lower();
        if (!(w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("t"))) {
            return false;
        }
        boolean auxiliary = false;
        for (int j = Math.max(0, i - 2); j < i; j++) {
            auxiliary |= PASSIVE_AUXILIARIES.contains(tokens.get(j).lower()); // not "'s": "Qatar's emir received"
        }
        if (!auxiliary) {
            return false;
        }
        return !STANCE_PARTICIPLES.contains(w); // "is opposed to", "was committed to": a stance, not a passive
    }

    private static final Set<String> PASSIVE_AUXILIARIES =
            Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting");

    /** Nouns of a gathering: a place after them ("at talks in X", "a summit in X") is a venue. */
    private static final Set<String> GATHERINGS = Set.of(
            "talks",
            "meeting",
            "meetings",
            "summit",
            "conference",
            "ceremony",
            "forum",
            "session",
            "negotiations",
            "visit",
            "gathering",
            "congress",
            "assembly",
            "event",
            "interview",
            "statement",
            "speech",
            "briefing",
            "news",
            "press");

    /** Whether the place at {@code from} is where people gathered ("at talks in X", "at a summit in X"). */
    boolean venueOfGathering(int from) {
        int p = locativePreposition(from);
        return p > 0 && GATHERINGS.contains(tokens.get(p - 1).lower());
    }

    /** Participles that after "be" say how the subject stands, not what was done to it. */
    private static final Set<String> STANCE_PARTICIPLES = Set.of(
            "opposed",
            "committed",
            "prepared",
            "engaged",
            "involved",
            "determined",
            "concerned",
            "interested",
            "dedicated",
            "devoted",
            "pleased",
            "satisfied",
            "disappointed",
            "worried",
            "alarmed",
            "convinced",
            "united",
            "divided",
            "inclined",
            "obliged",
            "bound",
            "expected",
            "supposed",
            "scheduled",
            "set",
            "poised",
            "resolved",
            "reported",
            "said",
            "believed",
            "thought",
            "known",
            "seen",
            "understood");
}
