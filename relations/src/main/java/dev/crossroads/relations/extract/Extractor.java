package dev.crossroads.relations.extract;

import dev.crossroads.core.model.Actor;
import dev.crossroads.core.pack.RegionPack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Reads events from text: sentences and tokens (OpenNLP), actors (the {@link Gazetteer}), events (the
 * {@link VerbLexicon}, coded with the {@link Cameo} table), their modality, and their provenance. Plain Java,
 * no network. Thread-safe: one extractor may serve concurrent requests (its OpenNLP tools are per thread, see
 * {@link Nlp}; everything else is read-only after construction).
 *
 * <p>How a sentence is read:
 * <ol>
 * <li>Actor mentions (before tagging; a sentence without one is not tagged, nor one where no other token could
 * start a lexicon pattern whatever its tag): the longest gazetteer name at each token; a sector word joins an adjacent state name
 * ("Israeli army", "the president of Armenia", "Jordan's King"); a role word with a state resolves to the
 * pack's office holder at the article's date. A capital stands for its government
 * ("Baku said"); after a preposition it is never taken as the source.</li>
 * <li>Triggers: tokens whose lemma starts a lexicon pattern (verbs, nouns, adjectives; the tagger is not
 * trusted to tell verbs from nouns). The longest pattern wins. A trigger right after another trigger and
 * "to" is its complement ("agreed to meet" is one event, coded by "agree").</li>
 * <li>Protest, coercion, assault and fighting (roots 14, 17, 18, 19) and easing restrictions at home (081-083)
 * with no target named are domestic: the target is the source's own state ("Algerian landowners began a
 * hunger strike").</li>
 * <li>Stance ({@link Stance}): "X said Y must ..." is X's demand of Y; announced or conditional force and a
 * promise of force are threats; "said it would" is the future of reported speech.</li>
 * <li>Talks "in" or "at" a state that is not a party: that state is the venue (host), not the target.</li>
 * <li>Mediation: one actor acting on two or more joined actors, where the joined actors follow "between" or
 * "among" and the act is an intent to meet or mediate, a consultation, hosting or mediation (roots 03 and 04:
 * "hosted talks between A and B", "contributed to dialogue between A and B"), or where the act is hosting or
 * mediating (043, 045, 039) whatever the preposition ("hosted Israeli and Turkish officials"): the actor is
 * the mediator and the joined actors are the parties (the first the source, the others the targets).</li>
 * <li>Source: in the active voice the first actor before the trigger in its clause (after the last "that",
 * "said", ";", ...); in the passive ("was attacked by X") the actor after "by"; in a passive of conflict with no
 * agent ("three soldiers were killed") none, and the subject is the target. Target: the first actor after the
 * trigger. Actors joined by "and" go together. Read with {@link Phrases}: actors in an attribution clause
 * (", officials in X said", "according to X") are neither; a modifier ("X's allies", "X-made") is not an actor; a
 * place ("in X", "near the X border") is not the target, but stands for its state when no one else is named (not
 * a meeting's venue, nor a border beside a fight); a group word placed "in X" ("rebels in X", "gunmen ... in X")
 * is X (PLOVER codes a domestic actor by the state it is in) and, with no one else named, acts on X; joint
 * sources are not taken again as target; "complained to X about Y" targets Y.</li>
 * <li>Modality: "not", "n't", "never" in the four tokens before the trigger negate it; "could", "would",
 * "may", "might", "should", "if" make it hypothetical; "will", "plans to", "ready to" make it future.</li>
 * </ol>
 */
public final class Extractor {
    private static final List<String> TRIGGER_TAG_LIST = List.of("VERB", "NOUN", "ADJ", "ADV", "X");
    private static final Set<String> TRIGGER_TAGS = Set.copyOf(TRIGGER_TAG_LIST);
    /** Adverbs that are never the event even when a pattern starts with them ("came back"). */
    private static final Set<String> ADVERB_STOPS =
            Set.of("back", "further", "forward", "out", "off", "up", "down", "over");

    private static final Set<String> CONNECTORS = Set.of("the", "'s", "’s", "of", "in", "from");
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "of", "from", "with", "at", "near", "on", "to", "for", "by", "into", "against", "between", "over",
            "under", "across");
    private static final Set<String> BOUNDARIES = Set.of(
            ";", "that", "which", "who", "whom", "after", "while", "when", "but", "because", "although", "whereas");
    private static final Set<String> VENUE = Set.of("in", "at");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL =
            Set.of("could", "would", "might", "may", "should", "can", "if", "unless", "whether");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
    private static final Set<String> INTENT =
            Set.of("plan", "intend", "expect", "ready", "prepare", "prepared", "going", "aim", "schedule", "set");

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final VerbLexicon lexicon;
    private final Cameo cameo;
    private final Optional<RegionPack> pack;

    private Extractor(Nlp nlp, Gazetteer gazetteer, VerbLexicon lexicon, Cameo cameo, Optional<RegionPack> pack) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.pack = pack;
    }

    /** An extractor with the module's gazetteer and lexicons only. */
    public static Extractor standard() {
        return create(Optional.empty());
    }

    /** An extractor that also knows the pack's countries and actors (leaders by tenure). */
    public static Extractor forPack(RegionPack pack) {
        return create(Optional.of(pack));
    }

    private static Extractor create(Optional<RegionPack> pack) {
        Nlp nlp = new Nlp();
        Cameo cameo = Cameo.standard();
        return new Extractor(nlp, Gazetteer.build(nlp, pack), VerbLexicon.standard(cameo), cameo, pack);
    }

    /**
     * Another extractor sharing this one's gazetteer and lexicon. Kept for callers that made one per thread;
     * an extractor is thread-safe, so sharing one works as well.
     */
    public Extractor copy() {
        return new Extractor(new Nlp(), gazetteer, lexicon, cameo, pack);
    }

    public Cameo cameo() {
        return cameo;
    }

    /** English name of a state code (or the code). */
    public String name(String code) {
        return gazetteer.name(code);
    }

    public Extraction extract(Article article) {
        List<ExtractedEvent> events = new ArrayList<>();
        Span[] sentences = nlp.sentences(article.text());
        for (int s = 0; s < sentences.length; s++) {
            String sentence = article.text().substring(sentences[s].getStart(), sentences[s].getEnd());
            events.addAll(read(article.id(), s, sentences[s].getStart(), sentence, article.date()));
        }
        return new Extraction(article.id(), sentences.length, events);
    }

    /** The events of one sentence, dated {@code date} (which resolves office holders). */
    public List<ExtractedEvent> extractSentence(String sentence, LocalDate date) {
        return read("sentence", 0, 0, sentence, date);
    }

    /** The actors named in one sentence. */
    public List<ActorMention> actors(String sentence, LocalDate date) {
        List<Nlp.Token> tokens = nlp.untagged(sentence);
        return mentions(tokens, sentence, date).stream().map(Mention::actor).toList();
    }

    private record Mention(ActorMention actor, int from, int to) {}

    private record Hit(int from, int to, Gazetteer.Entry entry) {
        boolean bearsCode() {
            return entry.kind() != Gazetteer.Kind.SECTOR;
        }
    }

    private record Trigger(int from, int last, VerbLexicon.Pattern pattern) {}

    private List<ExtractedEvent> read(String articleId, int index, int offset, String sentence, LocalDate date) {
        List<Nlp.Token> plain = nlp.untagged(sentence);
        List<Mention> mentions = mentions(plain, sentence, date);
        if (mentions.isEmpty() || !anyTriggerCandidate(plain, mentions)) {
            return List.of(); // no actor or no word that could start a pattern, no event: skip tagging
        }
        List<Nlp.Token> tokens = nlp.tag(plain);
        Phrases strict = Phrases.of(tokens, this::roleWord);
        List<ExtractedEvent> out = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        Trigger previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (insideMention(mentions, i)
                    || nameWord(tokens, i)
                    || !(TRIGGER_TAGS.contains(tokens.get(i).tag()) || misreadVerb(tokens.get(i)))
                    || (tokens.get(i).tag().equals("ADV")
                            && ADVERB_STOPS.contains(tokens.get(i).lower()))) {
                continue;
            }
            Trigger t = trigger(tokens, i);
            if (t == null && tokens.get(i).tag().equals("VERB") && Stance.obligation(tokens, i) >= 0) {
                // "X said Y must V" is a demand whatever V is
                t = new Trigger(
                        i,
                        i,
                        new VerbLexicon.Pattern("100", List.of(tokens.get(i).lemma()), 0));
            }
            if (t == null || averted(tokens, i)) {
                continue;
            }
            if (previous != null
                    && (i <= previous.last
                            || governed(tokens, previous, i)
                            || (objectOf(tokens, previous, i) && !headOfModifier(tokens, previous, i)))) {
                continue;
            }
            previous = t;
            Phrases phrases = strict;
            if (onlyModifiers(mentions, strict, t)) {
                phrases = strict.withoutModifiers(); // "critics of X's president marched": X rather than no one
            }
            if (onlyAttribution(mentions, strict, t)) {
                phrases = phrases.withoutAttribution(); // "..., according to the X secretary": X rather than no one
            }
            List<Mention> sources;
            List<Mention> targets;
            boolean located = false; // the source is a group known by where it is ("rebels in X")
            Optional<Mention> place = Optional.empty();
            Optional<Mention> agent = passiveAgent(tokens, mentions, t);
            boolean agentless =
                    agent.isEmpty() && t.pattern.code().compareTo("10") >= 0 && phrases.passive(t.from, t.last);
            if (agent.isPresent()) {
                sources = compound(tokens, mentions, agent.get());
                targets = source(tokens, mentions, phrases, t)
                        .mention()
                        .map(m -> compound(tokens, mentions, m))
                        .orElse(List.of());
            } else if (agentless) {
                // "three soldiers were killed": the subject is what the act was done to; no one is named doing it
                // (conflict roots 10-20 only: "troops were withdrawn" still names who withdrew)
                sources = List.of();
                targets = source(tokens, mentions, phrases, t)
                        .mention()
                        .map(m -> compound(tokens, mentions, m))
                        .orElse(List.of());
                for (Mention m : mentions) {
                    if (m.from > t.last && !targets.contains(m) && phrases.agentOfCause(m.from, m.to)) {
                        sources = List.of(m); // "were killed in an X air strike": X did it
                        break;
                    }
                }
                if (targets.isEmpty()) {
                    place = object(tokens, mentions, phrases, t, sources).place();
                }
            } else {
                Pick subject = source(tokens, mentions, phrases, t);
                located = subject.located();
                sources = subject.mention()
                        .map(m -> compound(tokens, mentions, m))
                        .orElse(List.of());
                Complements objects = object(tokens, mentions, phrases, t, sources);
                targets =
                        objects.target().map(m -> compound(tokens, mentions, m)).orElse(List.of());
                place = objects.place();
            }
            String code = Stance.byWeapon(tokens, i, t.pattern.code());
            Modality modality = modality(tokens, i);
            int reporter = Stance.obligation(tokens, i);
            Optional<Mention> speaker = reporter < 0 ? Optional.empty() : speaker(tokens, mentions, reporter, i);
            if (speaker.isPresent() && !sources.contains(speaker.get())) {
                targets = sources; // "X said Y must withdraw": X demands it of Y (see Stance)
                sources = compound(tokens, mentions, speaker.get());
                code = "100";
                modality = Modality.ASSERTED;
            } else if (modality == Modality.NEGATED && Stance.refusal(tokens, i, code)) {
                code = Stance.refusalCode(code); // "would not meet the demands": a refusal
                modality = Modality.ASSERTED;
            } else if (Stance.threat(tokens, i, code, modality, Stance.selfReported(tokens, i))) {
                code = Stance.threatCode(code); // "said it would strike", "will attack if": a threat
                modality = Modality.ASSERTED;
            } else if (code.startsWith("03")) {
                Optional<String> complement = complementCode(tokens, t);
                if (complement.isPresent() && (Stance.force(complement.get()) || Stance.protest(complement.get()))) {
                    code = Stance.threatCode(complement.get()); // "vowed to attack", "vowed to block the roads"
                }
            } else if (modality == Modality.HYPOTHETICAL && Stance.reportedFuture(tokens, i)) {
                modality = Modality.FUTURE; // "said it would release": announced, not a guess
            }
            if (sources.isEmpty()
                    && targets.size() == 1
                    && agent.isEmpty()
                    && !agentless
                    && DOMESTIC_PRESSURE.contains(code.substring(0, 2))
                    && governs(targets.get(0))
                    && phrases.groupSubject(clauseStart(tokens, i) + 1, i)) {
                // "students protested against the Iranian government": a group with no state of its own that
                // presses a government is taken to be of that government's state
                sources = targets;
            }
            if (targets.isEmpty()
                    && place.isPresent()
                    && !code.startsWith("04")
                    && !phrases.venueOfGathering(place.get().from)
                    && (!phrases.border(place.get().from, place.get().to) || code.startsWith("15"))) {
                // no one else named: an act at a place is on that state ("probed massacres in X", "killed
                // civilians in X", "deployed troops along the X border"); not a meeting's venue, not a border
                // beside a fight ("attacked a garrison near the X border")
                targets = List.of(place.get());
            }
            if (targets.isEmpty() && sources.size() == 1 && Stance.domestic(code)) {
                targets = sources; // protest, coercion or force with no one named: aimed at home
            }
            if (targets.isEmpty() && located && code.compareTo("09") >= 0) {
                targets = sources; // "protesters in X demanded ...": a domestic group acts on its own state
            }
            if (code.startsWith("03") && sources.size() == 1 && !targets.isEmpty() && sameState(sources, targets)) {
                targets = List.of(); // "the president vowed to reform Peru": an intent about one's own state
            }
            Optional<Mention> venue = Optional.empty();
            if (code.startsWith("04")
                    && targets.isEmpty()
                    && place.isPresent()
                    && place.get().from > 0
                    && VENUE.contains(tokens.get(place.get().from - 1).lower())) {
                venue = place; // "met at a summit in X": X is where, not whom
            }
            if (code.startsWith("04")
                    && targets.size() == 1
                    && targets.get(0).from > 0
                    && VENUE.contains(tokens.get(targets.get(0).from - 1).lower())
                    && !(ARRIVALS.contains(tokens.get(t.last).lemma()) && targets.get(0).from - 1 == t.last + 1)) {
                venue = Optional.of(targets.get(0));
                targets = List.of();
            }
            if (sources.isEmpty() && targets.isEmpty()) {
                continue;
            }
            Optional<Mention> mediator = Optional.empty();
            String sourceCode = sources.size() == 1 ? sources.get(0).actor().code() : "";
            if (sources.size() == 1
                    && targets.size() >= 2
                    && mediates(tokens, code, targets.get(0))
                    && targets.stream().noneMatch(m -> m.actor().code().equals(sourceCode))) {
                mediator = Optional.of(sources.get(0));
                sources = List.of(targets.get(0));
                targets = targets.subList(1, targets.size());
            }
            Nlp.Token first = tokens.get(t.from);
            Nlp.Token last = tokens.get(t.last);
            String trigger = sentence.substring(first.start(), last.end());
            out.add(new ExtractedEvent(
                    articleId,
                    index,
                    offset,
                    sentence,
                    sources.stream().map(Mention::actor).toList(),
                    targets.stream().map(Mention::actor).toList(),
                    cameo.require(code),
                    modality,
                    trigger,
                    first.start(),
                    first.end(),
                    t.pattern.line(),
                    venue.map(Mention::actor),
                    mediator.map(Mention::actor),
                    false));
            ranks.add(MainEvent.rank(tokens, t.from, t.last));
        }
        int main = MainEvent.choose(ranks);
        if (main >= 0) {
            out.set(main, out.get(main).withMain(true));
        }
        return out;
    }

    /** The code of the act an intent verb governs ("vowed to attack" -> attack), if any. */
    private Optional<String> complementCode(List<Nlp.Token> tokens, Trigger t) {
        for (int j = t.last + 1; j <= Math.min(tokens.size() - 2, t.last + 3); j++) {
            if (tokens.get(j).lower().equals("to")) {
                for (int k = j + 1; k <= Math.min(tokens.size() - 1, j + 2); k++) {
                    Trigger c = trigger(tokens, k);
                    if (c != null) {
                        return Optional.of(c.pattern.code());
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The actor who reports a clause: the subject before the reporting word, else the actor right after it. */
    private static Optional<Mention> speaker(List<Nlp.Token> tokens, List<Mention> mentions, int reporter, int i) {
        if (reporter < i) {
            return subject(tokens, mentions, reporter);
        }
        for (Mention m : mentions) {
            if (m.from > i && Math.abs(m.from - reporter) <= 3) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Codes whose actor is a third party whatever the preposition: host (043), mediate (045), intent to mediate (039). */
    private static final Set<String> THIRD_PARTY_CODES = Set.of("043", "045", "039");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Whether an act on joined actors starting at {@code first} is a mediation between them (see the class comment). */
    private static boolean mediates(List<Nlp.Token> tokens, String code, Mention first) {
        if (THIRD_PARTY_CODES.contains(code)) {
            return true;
        }
        if (!code.startsWith("03") && !code.startsWith("04")) {
            return false;
        }
        int j = first.from - 1;
        if (j >= 0 && ARTICLES.contains(tokens.get(j).lower())) {
            j--; // "between the X and Y", "between an X delegation and Y"
        }
        return j >= 0
                && (tokens.get(j).lower().equals("between")
                        || tokens.get(j).lower().equals("among"));
    }

    /** "avoiding clashes", "to prevent attacks": the act is what the sentence says will not happen. */
    private static boolean averted(List<Nlp.Token> tokens, int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            String w = tokens.get(j).lower();
            if (w.startsWith("avoid") || w.startsWith("prevent") || w.startsWith("avert")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is a word of a name the gazetteer does not know ("the Revolutionary Armed Forces of
     * ...", "the Free Trade Union"): capitalised inside the sentence, not after a colon or quote, next to another
     * capitalised word. Such a word is not an act.
     */
    static boolean nameWord(List<Nlp.Token> tokens, int i) {
        if (i == 0 || !capitalised(tokens.get(i))) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        if (before.equals(":") || before.equals("\"") || before.equals("“") || before.equals("(")) {
            return false;
        }
        boolean prev = i - 1 > 0 && capitalised(tokens.get(i - 1));
        boolean next = i + 1 < tokens.size() && capitalised(tokens.get(i + 1));
        return prev || next;
    }

    /**
     * A past tense the tagger read as a preposition ("Turkish-backed rebels attacked ..." tags "attacked" ADP): no
     * English preposition ends in -ed, so such a word is taken as the verb it is.
     */
    static boolean misreadVerb(Nlp.Token t) {
        return t.tag().equals("ADP") && t.lower().length() > 4 && t.lower().endsWith("ed");
    }

    private static boolean capitalised(Nlp.Token t) {
        String text = t.text();
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(1));
    }

    private static boolean insideMention(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (i >= m.from && i < m.to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token outside the mentions could be a trigger whatever tag the tagger gives it: its lemma as
     * any of the trigger tags, or one of its stems, starts a lexicon pattern (the lookups {@link #trigger}
     * makes, over every tag it may see). When none can, tagging the sentence cannot produce an event.
     */
    private boolean anyTriggerCandidate(List<Nlp.Token> tokens, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            if (insideMention(mentions, i)) {
                continue;
            }
            Nlp.Token tok = tokens.get(i);
            if (Stance.obligationModal(tokens, i)) {
                return true; // "Y must V" is a demand whatever V is (Stance)
            }
            for (String stem : stems(tok.lower())) {
                if (!lexicon.triggeredBy(stem).isEmpty()) {
                    return true;
                }
            }
            for (String tag : TRIGGER_TAG_LIST) {
                if (!lexicon.triggeredBy(nlp.lemma(tok.text(), tag)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Trigger trigger(List<Nlp.Token> tokens, int i) {
        Nlp.Token tok = tokens.get(i);
        List<VerbLexicon.Pattern> patterns = lexicon.triggeredBy(tok.lemma());
        if (patterns.isEmpty() && !tok.tag().equals("VERB")) {
            patterns = lexicon.triggeredBy(nlp.lemma(tok.text(), "VERB")); // the tagger missed a verb ("withdrew")
        }
        if (patterns.isEmpty()) {
            for (String stem : stems(tok.lower())) {
                patterns = lexicon.triggeredBy(stem);
                if (!patterns.isEmpty()) {
                    break;
                }
            }
        }
        Trigger best = null;
        for (VerbLexicon.Pattern p : patterns) {
            int at = i;
            boolean ok = true;
            for (int k = 1; k < p.lemmas().size() && ok; k++) {
                ok = false;
                int budget = VerbLexicon.GAP + 1; // positions to look at; time words and hyphen joins are free
                for (int j = at + 1; j < tokens.size() && budget > 0; j++) {
                    Nlp.Token tj = tokens.get(j);
                    if (tj.lemma().equals(p.lemmas().get(k))
                            || tj.lower().equals(p.lemmas().get(k))
                            || stems(tj.lower()).contains(p.lemmas().get(k))) {
                        at = j;
                        ok = true;
                        break;
                    }
                    if (!freeInGap(tokens, j)) {
                        budget--;
                    }
                }
            }
            if (ok && (best == null || p.lemmas().size() > best.pattern.lemmas().size())) {
                best = new Trigger(i, at, p);
            }
        }
        return best;
    }

    private static final Set<String> TIME_WORDS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tonight");

    /**
     * Tokens that do not count towards a pattern's gap: a day ("lifted Friday a blockade") and the parts of a
     * hyphenated word after its first ("a day-old blockade" reads as one word).
     */
    static boolean freeInGap(List<Nlp.Token> tokens, int j) {
        Nlp.Token t = tokens.get(j);
        if (TIME_WORDS.contains(t.lower())) {
            return true;
        }
        if (t.text().equals("-") && j > 0 && tokens.get(j - 1).end() == t.start()) {
            return true; // the hyphen joined to the word before it
        }
        return j > 0
                && tokens.get(j - 1).text().equals("-")
                && tokens.get(j - 1).end() == t.start();
    }

    /**
     * Base forms to try when the lemmatizer leaves a word as it is (it sees words one at a time):
     * the word, and the word without -s, -es, -ed, -d, -ing, -ies/-ied (as -y), -ing/-ed (as -e).
     */
    static List<String> stems(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        int n = w.length();
        if (n > 4 && (w.endsWith("ied") || w.endsWith("ies"))) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (n > 4 && w.endsWith("ed")) {
            out.add(w.substring(0, n - 2));
            out.add(w.substring(0, n - 1));
            if (n > 5 && w.charAt(n - 3) == w.charAt(n - 4)) {
                out.add(w.substring(0, n - 3));
            }
        }
        if (n > 5 && w.endsWith("ing")) {
            out.add(w.substring(0, n - 3));
            out.add(w.substring(0, n - 3) + "e");
            if (w.charAt(n - 4) == w.charAt(n - 5)) {
                out.add(w.substring(0, n - 4));
            }
        }
        if (n > 3 && w.endsWith("es")) {
            out.add(w.substring(0, n - 2));
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
        }
        return out;
    }

    /**
     * Whether the noun trigger at {@code i} is the head that the previous one-word trigger modifies ("its
     * long-threatened invasion"): then it is an act of its own, not the modifier's object.
     */
    private static boolean headOfModifier(List<Nlp.Token> tokens, Trigger previous, int i) {
        return previous.from == previous.last
                && i == previous.last + 1
                && MainEvent.rank(tokens, previous.from, previous.last) == MainEvent.MODIFIER;
    }

    /** A noun trigger right after a verb trigger is its object ("condemned the Israeli strikes"). */
    private static boolean objectOf(List<Nlp.Token> tokens, Trigger previous, int i) {
        if (!tokens.get(i).tag().equals("NOUN") || i - previous.last > 3) {
            return false;
        }
        for (int j = previous.last + 1; j < i; j++) {
            String tag = tokens.get(j).tag();
            if (tag.equals("PUNCT") || tag.equals("VERB") || tag.equals("ADP") || tag.equals("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the trigger at {@code i} is the complement of the previous one ("agreed to meet"). */
    private static boolean governed(List<Nlp.Token> tokens, Trigger previous, int i) {
        if (i - previous.last > 4) {
            return false;
        }
        for (int j = previous.last + 1; j < i; j++) {
            if (tokens.get(j).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static Modality modality(List<Nlp.Token> tokens, int i) {
        boolean hypothetical = false;
        boolean future = false;
        for (int j = Math.max(0, i - 4); j < i; j++) {
            String w = tokens.get(j).lower();
            if (w.equals(",") || w.equals(";")) {
                hypothetical = false;
                future = false;
                continue;
            }
            if (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t")) {
                return Modality.NEGATED;
            }
            if (HYPOTHETICAL.contains(w)) {
                hypothetical = true;
            } else if (FUTURE.contains(w)
                    || (INTENT.contains(tokens.get(j).lemma())
                            && j + 1 < i
                            && tokens.get(j + 1).lower().equals("to"))) {
                future = true;
            }
        }
        return hypothetical ? Modality.HYPOTHETICAL : future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** Whether every target is of the (first) source's state. */
    private static boolean sameState(List<Mention> sources, List<Mention> targets) {
        String state = sources.get(0).actor().code();
        return targets.stream().allMatch(m -> m.actor().code().equals(state));
    }

    /** Roots of intents, consultations and diplomatic cooperation: a group's place there is a venue, not its state. */
    private static final Set<String> DIPLOMATIC_ROOTS = Set.of("03", "04", "05");

    /** Verbs of arriving: "arrived in X" names the host, not a venue. */
    private static final Set<String> ARRIVALS = Set.of("arrive", "land", "fly", "travel", "come", "go", "return");

    /** Roots by which a group presses its own government: appeal, investigate, demand, disapprove, reject, protest. */
    private static final Set<String> DOMESTIC_PRESSURE = Set.of("02", "09", "10", "11", "12", "14");

    /** Sectors of a state's own government (not its envoys abroad). */
    private static final Set<String> GOVERNING = Set.of("GOV", "JUD", "LEG", "COP");

    /** Whether the mention is a state's government at home ("the Iranian government", not "the Iranian embassy"). */
    private static boolean governs(Mention m) {
        if (m.actor().sector().isEmpty()
                || !GOVERNING.contains(m.actor().sector().get())) {
            return false;
        }
        String text = m.actor().text().toLowerCase(java.util.Locale.ROOT);
        return !(text.contains("embass")
                || text.contains("ambassador")
                || text.contains("envoy")
                || text.contains("diplomat")
                || text.contains("delegat"));
    }

    /** Whether a lower-case word is one of the gazetteer's sector or role words ("police", "rebels"). */
    private boolean roleWord(String lower) {
        for (Gazetteer.Entry e : gazetteer.lookup(lower)) {
            if (e.kind() == Gazetteer.Kind.SECTOR) {
                return true;
            }
        }
        return false;
    }

    /** Whether every actor outside attribution is a modifier (so the strict reading would find no one). */
    private static boolean onlyModifiers(List<Mention> mentions, Phrases phrases, Trigger t) {
        boolean any = false;
        for (Mention m : mentions) {
            if (phrases.attributionApartFrom(m.from, t.from)) {
                continue;
            }
            if (!phrases.modifier(m.from, m.to)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether every actor lies in attribution apart from the trigger (so the strict reading would find no one). */
    private static boolean onlyAttribution(List<Mention> mentions, Phrases phrases, Trigger t) {
        for (Mention m : mentions) {
            if (!phrases.attributionApartFrom(m.from, t.from)) {
                return false;
            }
        }
        return !mentions.isEmpty();
    }

    /** The chosen actor, and whether it is a group known only by the state it is in ("rebels in X"). */
    private record Pick(Optional<Mention> mention, boolean located) {}

    /** The target, and the first place named after the trigger (a venue, or the state a place stands for). */
    private record Complements(Optional<Mention> target, Optional<Mention> place) {}

    /**
     * The source of the trigger {@code t}: the subject of its clause, leaving out attribution ("..., officials in
     * X said") and modifiers ("X's allies", "X-made"). With no plain subject: a group placed "in X" before the
     * trigger ("rebels in X attacked"), else the old fallback (the last prepositional actor), else, for a group
     * subject with no state ("gunmen", "thousands of students"), the place where it acted ("... in X").
     */
    private static Pick source(List<Nlp.Token> tokens, List<Mention> mentions, Phrases phrases, Trigger t) {
        int i = t.from;
        List<Mention> usable = new ArrayList<>();
        for (Mention m : mentions) {
            if (!phrases.attributionApartFrom(m.from, i)
                    && !phrases.modifier(m.from, m.to)
                    && MainEvent.backgroundEnd(tokens, m.from, i) < 0) {
                usable.add(m); // not inside "Following X's strikes, ..." or ", which had threatened X," before it
            }
        }
        int start = clauseStart(tokens, i);
        int background = MainEvent.backgroundEnd(tokens, start, i);
        // "After X struck ..., Y recalled": Y's clause starts after the comma
        int boundary = background >= 0 ? background : start;
        List<Mention> before = new ArrayList<>();
        for (Mention m : usable) {
            if (m.to <= i) {
                before.add(m);
            }
        }
        List<Mention> clause = before.stream().filter(m -> m.from > boundary).toList();
        List<Mention> pool = clause.isEmpty() ? before : clause;
        for (Mention m : pool) {
            if (m.from == 0 || !PREPOSITIONS.contains(tokens.get(m.from - 1).lower())) {
                boolean placed = false; // "protesters in Kenya" is one mention: a group known by its place
                for (int j = m.from + 1; j < m.to - 1 && !placed; j++) {
                    placed = tokens.get(j).lower().equals("in") && phrases.group(tokens.get(m.from));
                }
                Optional<Mention> home = ethnicHome(tokens, usable, m);
                if (home.isPresent()) {
                    return new Pick(home, true); // "ethnic Hungarians in Romania" are of Romania
                }
                return new Pick(Optional.of(m), placed);
            }
        }
        for (Mention m : pool) {
            if (phrases.locatesGroup(m.from)) {
                return new Pick(Optional.of(m), true);
            }
        }
        if (!pool.isEmpty()) {
            return new Pick(Optional.of(pool.get(pool.size() - 1)), false);
        }
        String root = t.pattern.code().substring(0, 2);
        if (phrases.groupSubject(boundary + 1, i) && !DIPLOMATIC_ROOTS.contains(root)) {
            for (Mention m : usable) {
                if (m.from > t.last && !phrases.locative(m.from)) {
                    break; // "a minister met X in Damascus": the place is the meeting's, after its other party
                }
                if (m.from > t.last
                        && Character.isUpperCase(tokens.get(m.to - 1).text().charAt(0)) // not "the X embassy"
                        && phrases.locative(m.from)
                        && !phrases.border(m.from, m.to)) {
                    boolean sameClause = true;
                    for (int j = t.last + 1; j < m.from && sameClause; j++) {
                        sameClause = !BOUNDARIES.contains(tokens.get(j).lower());
                    }
                    return new Pick(sameClause ? Optional.of(m) : Optional.empty(), sameClause);
                }
            }
        }
        return new Pick(Optional.empty(), false);
    }

    /**
     * The state an ethnic group lives in, when the group is named by a demonym and placed in another state:
     * "ethnic Hungarians in Romania", "the Serbs of northern Bosnia" (PLOVER codes an actor by the state it is
     * associated with; a people living in a state is that state's). Only a bare demonym (no sector, no office)
     * that is plural or follows "ethnic", then "in" or "of", then a state's name.
     */
    private static Optional<Mention> ethnicHome(List<Nlp.Token> tokens, List<Mention> mentions, Mention m) {
        if (m.actor().sector().isPresent() || m.actor().actorId().isPresent() || m.to - m.from != 1) {
            return Optional.empty();
        }
        String word = tokens.get(m.from).lower();
        boolean ethnic = m.from > 0 && tokens.get(m.from - 1).lower().equals("ethnic");
        if (!ethnic
                && !(word.endsWith("s")
                        && Character.isUpperCase(tokens.get(m.from).text().charAt(0)))) {
            return Optional.empty();
        }
        int j = m.to;
        if (j >= tokens.size()
                || !(tokens.get(j).lower().equals("in") || tokens.get(j).lower().equals("of"))) {
            return Optional.empty();
        }
        j++;
        while (j < tokens.size()
                && (tokens.get(j).tag().equals("DET") || tokens.get(j).tag().equals("ADJ"))) {
            j++;
        }
        for (Mention n : mentions) {
            if (n.from == j
                    && n.actor().sector().isEmpty()
                    && !n.actor().code().equals(m.actor().code())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The token after which the clause of token {@code i} starts (its last "that", "said", ";", ... before it). */
    private static int clauseStart(List<Nlp.Token> tokens, int i) {
        int boundary = -1;
        for (int j = 0; j < i; j++) {
            Nlp.Token t = tokens.get(j);
            if (BOUNDARIES.contains(t.lower()) || t.lemma().equals("say")) {
                boundary = j;
            }
        }
        return boundary;
    }

    /**
     * The target of the trigger {@code t}: the first actor after it that is not a source, the agent of a passive,
     * in attribution, a modifier, a place ("in X", "near the X border"), or, when the sources are joined ("A and B
     * renewed talks on A's withdrawal"), one of their states again. A place right after the trigger is its
     * complement ("intervened in X", "fired at X") and a place that locates a group ("civilians in X") is that
     * group's state: both are targets.
     */
    private static Complements object(
            List<Nlp.Token> tokens, List<Mention> mentions, Phrases phrases, Trigger t, List<Mention> sources) {
        Set<String> joint = new java.util.HashSet<>();
        if (sources.size() >= 2) {
            sources.forEach(m -> joint.add(m.actor().code()));
        }
        Optional<Mention> place = Optional.empty();
        int end = clauseEnd(tokens, t.last);
        for (Mention m : mentions) {
            if (m.from >= end) {
                break; // "..., and the gas flows from X", "..., as police in X cracked down": another clause's
            }
            if (m.from <= t.from
                    || sources.contains(m)
                    || (m.from > 1
                            && tokens.get(m.from - 1).lower().equals("by")
                            && !tokens.get(m.from - 2).tag().equals("NOUN")) // "proposals by X": X's proposals
                    || phrases.attributionApartFrom(m.from, t.from)
                    || phrases.modifier(m.from, m.to)
                    || joint.contains(m.actor().code())) {
                continue;
            }
            if (t.pattern.code().startsWith("11") && addressed(tokens, m)) {
                Optional<Mention> about = about(tokens, mentions, m);
                if (about.isPresent()) {
                    return new Complements(about, place); // "complained to X about Y": the complaint is about Y
                }
            }
            int p = phrases.locativePreposition(m.from);
            boolean complement = p == t.last + 1 && !phrases.venueOfGathering(m.from);
            if (p >= 0 && !complement && !phrases.locatesGroup(m.from)) {
                if (place.isEmpty()) {
                    place = Optional.of(m);
                }
                if (t.pattern.code().startsWith("04")) {
                    break; // "held talks in X on ...": X is the venue; what follows is the topic
                }
                continue;
            }
            return new Complements(Optional.of(m), place);
        }
        return new Complements(Optional.empty(), place);
    }

    /** Words that, after a comma, open another clause: "..., as police cracked down", "..., but Y refused". */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("but", "as", "while", "whereas", "although", "though", "because", "when", "which", "who");

    /**
     * The token where the clause of a trigger ending at {@code last} ends: a semicolon; a comma before a
     * word that opens another clause ({@link #CLAUSE_OPENERS}, not "as well as"); or a comma and "and" before a
     * verb of its own within five tokens ("..., and the gas flows from X"; not a list "X, Y, and Z").
     */
    static int clauseEnd(List<Nlp.Token> tokens, int last) {
        int n = tokens.size();
        for (int j = last + 1; j < n; j++) {
            String w = tokens.get(j).lower();
            if (w.equals(";")) {
                return j;
            }
            if (!w.equals(",") || j + 1 >= n) {
                continue;
            }
            String next = tokens.get(j + 1).lower();
            if (CLAUSE_OPENERS.contains(next)
                    && !(next.equals("as")
                            && j + 2 < n
                            && tokens.get(j + 2).lower().equals("well"))) {
                return j;
            }
            if (next.equals("and")) {
                for (int k = j + 2; k < Math.min(n, j + 7); k++) {
                    Nlp.Token tk = tokens.get(k);
                    if (tk.tag().equals("PUNCT")) {
                        break;
                    }
                    if (tk.tag().equals("VERB") || tk.tag().equals("AUX")) {
                        return j;
                    }
                }
            }
        }
        return n;
    }

    /** The actor a complaint to {@code addressee} is about: "to X about|over|against [the] Y". */
    private static Optional<Mention> about(List<Nlp.Token> tokens, List<Mention> mentions, Mention addressee) {
        int j = addressee.to;
        while (j < tokens.size()
                && j < addressee.to + 3
                && !ABOUT.contains(tokens.get(j).lower())) {
            j++;
        }
        if (j >= tokens.size() || !ABOUT.contains(tokens.get(j).lower())) {
            return Optional.empty();
        }
        for (Mention m : mentions) {
            if (m.from > j && m.from <= j + 3) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether the mention follows "to" or "to the" (the addressee of a complaint). */
    private static boolean addressed(List<Nlp.Token> tokens, Mention m) {
        int j = m.from - 1;
        if (j >= 0 && tokens.get(j).lower().equals("the")) {
            j--;
        }
        return j >= 0 && tokens.get(j).lower().equals("to");
    }

    private static final Set<String> ABOUT = Set.of("about", "over", "against", "regarding");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private static Optional<Mention> passiveAgent(List<Nlp.Token> tokens, List<Mention> mentions, Trigger t) {
        boolean auxiliary = false;
        for (int j = Math.max(0, t.from - 2); j < t.from; j++) {
            String l = tokens.get(j).lemma();
            auxiliary |= l.equals("be") || l.equals("get") || l.equals("been");
        }
        if (!auxiliary) {
            return Optional.empty();
        }
        for (int j = t.last + 1; j <= Math.min(tokens.size() - 2, t.last + 4); j++) {
            if (tokens.get(j).lower().equals("by")) {
                for (Mention m : mentions) {
                    if (m.from == j + 1
                            || (m.from == j + 2
                                    && DETERMINERS.contains(tokens.get(j + 1).lower()))) {
                        return Optional.of(m);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> subject(List<Nlp.Token> tokens, List<Mention> mentions, int i) {
        int boundary = -1;
        for (int j = 0; j < i; j++) {
            Nlp.Token t = tokens.get(j);
            if (BOUNDARIES.contains(t.lower()) || t.lemma().equals("say")) {
                boundary = j;
            }
        }
        List<Mention> before = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.to <= i) {
                before.add(m);
            }
        }
        int b = boundary;
        List<Mention> clause = before.stream().filter(m -> m.from > b).toList();
        List<Mention> pool = clause.isEmpty() ? before : clause;
        for (Mention m : pool) {
            if (m.from == 0 || !PREPOSITIONS.contains(tokens.get(m.from - 1).lower())) {
                return Optional.of(m);
            }
        }
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(pool.size() - 1));
    }

    private static List<Mention> compound(List<Nlp.Token> tokens, List<Mention> mentions, Mention head) {
        List<Mention> out = new ArrayList<>();
        out.add(head);
        Mention cur = head;
        for (Mention m : mentions) {
            if (m.from < cur.to) {
                continue;
            }
            // "an Israeli peace group and the PLO": up to two head nouns after the first name, then the link
            int heads = 0;
            while (heads < 2
                    && cur.to + heads < m.from
                    && tokens.get(cur.to + heads).tag().equals("NOUN")) {
                heads++;
            }
            int from = cur.to + heads;
            boolean linked = m.from > from && m.from - from <= 2;
            boolean and = false;
            for (int j = from; j < m.from && linked; j++) {
                String w = tokens.get(j).lower();
                and |= w.equals("and");
                linked = w.equals("and") || w.equals(",") || ARTICLES.contains(w);
            }
            if (linked && and) {
                out.add(m);
                cur = m;
            } else if (m.from >= cur.to) {
                break;
            }
        }
        return out;
    }

    private List<Mention> mentions(List<Nlp.Token> tokens, String sentence, LocalDate date) {
        List<Hit> hits = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; ) {
            Hit hit = null;
            // only names that start with this token can match here (a cheap test before building keys)
            for (int len = Math.min(gazetteer.maxTokens(tokens.get(i).lower()), n - i);
                    len >= 1 && hit == null;
                    len--) {
                String key = key(tokens, i, i + len);
                for (Gazetteer.Entry e : gazetteer.lookup(key)) {
                    if (accepts(e, tokens, i, i + len, sentence)) {
                        hit = new Hit(i, i + len, e);
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (panPrefixed(hit, tokens)) {
                i = hit.to; // "the Pan-American highway", "pan-Arab television": a region-wide name, not a state
                continue;
            }
            if (dateline(hit, tokens)) {
                i = hit.to; // "LYON: Interpol said ...": where the story was filed, not an actor
                continue;
            }
            hits.add(hit);
            i = hit.to;
        }
        List<Mention> out = new ArrayList<>();
        for (int h = 0; h < hits.size(); ) {
            List<Hit> group = new ArrayList<>();
            group.add(hits.get(h));
            int k = h + 1;
            while (k < hits.size() && joins(tokens, group, hits.get(k))) {
                group.add(hits.get(k));
                k++;
            }
            h = k;
            mention(group, tokens, sentence, date).ifPresent(out::add);
        }
        return out;
    }

    /** Whether a name follows "pan-" ("Pan-American", "pan- Arab"), however the tokenizer split the hyphen. */
    static boolean panPrefixed(Hit hit, List<Nlp.Token> tokens) {
        int j = hit.from - 1;
        if (j >= 0 && tokens.get(j).text().equals("-")) {
            j--;
        }
        return j >= 0 && tokens.get(j).lower().replace("-", "").equals("pan");
    }

    private static final Set<String> DATELINE_MARKS = Set.of(":", "-", "--", "—", "–", "(");

    /**
     * Whether a name opening the sentence is its dateline ("LYON: Interpol said", "BAKU (AP) -"): a place or
     * capital, or any name written in capitals, followed by a colon, a dash or a parenthesis.
     */
    private static boolean dateline(Hit hit, List<Nlp.Token> tokens) {
        if (hit.from != 0
                || hit.to >= tokens.size()
                || !DATELINE_MARKS.contains(tokens.get(hit.to).text())) {
            return false;
        }
        Gazetteer.Kind kind = hit.entry().kind();
        if (kind == Gazetteer.Kind.PLACE || kind == Gazetteer.Kind.CAPITAL) {
            return true;
        }
        for (int j = hit.from; j < hit.to; j++) {
            String text = tokens.get(j).text();
            if (text.length() < 3 || !text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String key(List<Nlp.Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).lower());
        }
        return sb.toString();
    }

    private static boolean accepts(Gazetteer.Entry e, List<Nlp.Token> tokens, int from, int to, String sentence) {
        String text = tokens.get(from).text();
        if (e.kind() == Gazetteer.Kind.SECTOR) {
            return true;
        }
        if (e.exactCase()) {
            return sentence.substring(
                            tokens.get(from).start(), tokens.get(to - 1).end())
                    .replace(" ", "")
                    .equals(e.surface().replace(" ", ""));
        }
        return Character.isUpperCase(text.charAt(0))
                || Character.isLowerCase(e.surface().charAt(0));
    }

    private static boolean joins(List<Nlp.Token> tokens, List<Hit> group, Hit next) {
        Hit last = group.get(group.size() - 1);
        int gap = next.from - last.to;
        if (gap < 0 || gap > 2) {
            return false;
        }
        for (int j = last.to; j < next.from; j++) {
            if (!CONNECTORS.contains(tokens.get(j).lower())) {
                return false;
            }
        }
        boolean groupHasCode = group.stream().anyMatch(Hit::bearsCode);
        if (!next.bearsCode()) {
            return true;
        }
        if (!groupHasCode) {
            return true;
        }
        // a person after "Iraqi President": same state, one mention
        String code = group.stream()
                .filter(Hit::bearsCode)
                .findFirst()
                .orElseThrow()
                .entry()
                .code();
        return gap == 0
                && next.entry().kind() == Gazetteer.Kind.PERSON
                && next.entry().code().equals(code);
    }

    private Optional<Mention> mention(List<Hit> group, List<Nlp.Token> tokens, String sentence, LocalDate date) {
        Optional<Hit> coded = group.stream()
                .filter(h -> h.entry().kind() == Gazetteer.Kind.PERSON)
                .findFirst()
                .or(() -> group.stream().filter(Hit::bearsCode).findFirst());
        if (coded.isEmpty()) {
            return Optional.empty();
        }
        Gazetteer.Entry e = coded.get().entry();
        Optional<Gazetteer.Entry> sectorWord = group.stream()
                .map(Hit::entry)
                .filter(x -> x.kind() == Gazetteer.Kind.SECTOR)
                .findFirst();
        Optional<String> sector = sectorWord.flatMap(Gazetteer.Entry::sector).or(e::sector);
        Optional<String> actorId = e.actor().map(Actor::id);
        if (actorId.isEmpty()) {
            Optional<String> role = sectorWord.flatMap(Gazetteer.Entry::role);
            if (role.isPresent()) {
                actorId = gazetteer.holder(e.code(), role.get(), date).map(Actor::id);
            }
        }
        int from = group.get(0).from;
        int to = group.get(group.size() - 1).to;
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return Optional.of(new Mention(
                new ActorMention(e.code(), sector, actorId, sentence.substring(start, end), start, end), from, to));
    }
}
