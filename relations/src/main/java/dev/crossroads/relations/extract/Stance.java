package dev.crossroads.relations.extract;

import java.util.List;
import java.util.Set;

/**
 * What a reported clause makes of the act in it, read from the words around the trigger (no parser):
 * <ul>
 * <li>An <b>obligation</b>: the act sits under "must", "should", "ought to", "has/have/need(s) to" in a clause
 * that an actor reports ("Germany said Türkiye must release the journalists"; "Türkiye must release them,
 * Germany said"). The reporter demands the act of the clause's subject (CAMEO 10).</li>
 * <li><b>Conditional force</b>: a future or hypothetical use of force, coercion or sanctions that the actor
 * announces about itself ("Iran said it would strike back"), or that depends on a condition ("will attack if",
 * "unless"): a threat (CAMEO 13), not the act.</li>
 * <li>An <b>announced cooperative act</b> ("will visit", "said it would release") keeps its CAMEO code, is in the
 * future ("said it would" is the future of reported speech), and is AGREE in PLOVER's terms
 * ({@link ExtractedEvent#plover()}); a promise whose complement is force ("vowed to attack") is a threat.</li>
 * <li>An <b>announced restriction</b>: sanctions, reduced relations or coercion (roots 16, 17) that an actor will
 * or plans to impose ("Bolivia plans to impose tariffs on Chilean goods", "will extend the curfew") is a
 * threat in PLOVER's terms ("threaten to impose sanctions, restrictions, a curfew"), not the act.</li>
 * <li>A <b>refusal</b>: a cooperative act (roots 03 to 08) under "will not", "would not", "won't" ("Serbia said
 * it would not meet the demands", "Israel would not accept the proposal") is the actor's refusal (CAMEO 12,
 * REJECT), not the act negated.</li>
 * </ul>
 * All follow CAMEO's rule that a verbal act is coded by what the speaker does (demands, threatens), not by
 * the act in its complement.
 */
final class Stance {
    /** Lemmas (and nouns) that report what someone said. */
    static final Set<String> REPORTING = Set.of(
            "say",
            "tell",
            "insist",
            "declare",
            "state",
            "stress",
            "remind",
            "reminder",
            "reiterate",
            "announce",
            "add",
            "argue",
            "write",
            "maintain",
            "assert",
            "statement",
            "warn",
            "warning",
            "vow",
            "pledge",
            "threaten",
            "demand",
            "urge");

    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
    private static final Set<String> NEED = Set.of("have", "has", "had", "need", "needs");
    private static final Set<String> COERCIVE = Set.of("unless", "otherwise");
    private static final Set<String> SELF = Set.of("it", "they", "he", "she", "we", "i");
    private static final Set<String> FORCE_ROOTS = Set.of("15", "16", "17", "18", "19", "20");
    private static final Set<String> DOMESTIC_ROOTS = Set.of("14", "17", "18", "19");
    private static final Set<String> COOPERATIVE_ROOTS = Set.of("04", "05", "06", "07", "08");
    private static final Set<String> RESTRICTION_ROOTS = Set.of("16", "17");
    private static final Set<String> INTENT_ROOTS = Set.of("03", "04", "05", "06", "07", "08");
    private static final Set<String> WILL = Set.of("will", "would", "'ll", "wo", "shall");
    private static final Set<String> UNCERTAIN = Set.of("could", "might", "may", "can", "if", "unless", "whether");

    private Stance() {}

    /** Whether the token at {@code j} is a modal of obligation ("must", "should", "ought", "has/have/need(s) to"). */
    static boolean obligationModal(List<Nlp.Token> tokens, int j) {
        String w = tokens.get(j).lower();
        return OBLIGATION.contains(w)
                || (w.equals("to") && j > 0 && NEED.contains(tokens.get(j - 1).lower()));
    }

    /**
     * The reporting word whose clause puts the act at {@code i} under an obligation, or -1: a modal of
     * obligation within three tokens before the trigger, and a reporting word before the modal (in the same
     * sentence part, up to ";") or after the trigger behind a comma.
     */
    static int obligation(List<Nlp.Token> tokens, int i) {
        int modal = -1;
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = tokens.get(j).lower();
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (obligationModal(tokens, j)) {
                modal = j;
                break;
            }
        }
        if (modal < 0) {
            return -1;
        }
        for (int j = modal - 1; j >= 0; j--) {
            Nlp.Token t = tokens.get(j);
            if (t.lower().equals(";")) {
                break;
            }
            if (REPORTING.contains(t.lemma()) || REPORTING.contains(t.lower())) {
                return j;
            }
        }
        boolean comma = false;
        for (int j = i + 1; j < tokens.size(); j++) {
            Nlp.Token t = tokens.get(j);
            comma |= t.lower().equals(",");
            if (comma && (REPORTING.contains(t.lemma()) || REPORTING.contains(t.lower()))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the act at {@code i} (CAMEO {@code code}, stated with {@code modality}) is a threat:
     * <ul>
     * <li>force, coercion, sanctions or a show of force (roots 15 to 20) that its own actor announces as future
     * or hypothetical ("X said it would strike", {@code selfReported}), or that is future under a condition
     * after it ("will attack if");</li>
     * <li>any other announced act under a coercive condition ("will withdraw from the treaty unless", "or
     * else", "or face"), an intent or a threat excepted.</li>
     * </ul>
     * "May attack if the talks fail" is a guess about the actor, not its threat.
     */
    static boolean threat(List<Nlp.Token> tokens, int i, String code, Modality modality, boolean selfReported) {
        boolean force = force(code);
        boolean announced = modality == Modality.FUTURE || (modality == Modality.HYPOTHETICAL && selfReported);
        if (!announced) {
            return false;
        }
        if ((force || protest(code)) && selfReported) {
            return true; // "said it would strike", "said they would block the motorways" (CAMEO 133)
        }
        if (modality == Modality.FUTURE && RESTRICTION_ROOTS.contains(code.substring(0, 2))) {
            return true; // "plans to impose tariffs", "will extend the curfew": an announced restriction
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            String w = tokens.get(j).lower();
            boolean orElse = w.equals("or")
                    && j + 1 < tokens.size()
                    && (tokens.get(j + 1).lower().equals("else")
                            || tokens.get(j + 1).lemma().equals("face"));
            if (COERCIVE.contains(w) || orElse) {
                return !code.startsWith("03") && !code.startsWith("13");
            }
            if (force && modality == Modality.FUTURE && w.equals("if")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject of the clause of {@code i} is a pronoun after a reporting word ("Iran said it
     * would strike"): the reporter speaks of itself.
     */
    static boolean selfReported(List<Nlp.Token> tokens, int i) {
        for (int j = i - 1; j >= 1 && j >= i - 6; j--) {
            if (SELF.contains(tokens.get(j).lower())) {
                int words = 0; // "said on Friday they would": a day between the reporting word and the pronoun is free
                for (int k = j - 1; k >= 0 && words < 2; k--) {
                    Nlp.Token t = tokens.get(k);
                    if (REPORTING.contains(t.lemma()) || t.lower().equals("that")) {
                        return true;
                    }
                    boolean day = Extractor.freeInGap(tokens, k)
                            || (t.lower().equals("on") && k + 1 < j && Extractor.freeInGap(tokens, k + 1));
                    if (!day) {
                        words++;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether an act of this code is a protest (root 14: demonstrations, strikes, blockades, riots). */
    static boolean protest(String code) {
        return code.startsWith("14");
    }

    /**
     * Whether an act of this CAMEO code with no target named is aimed at home: protest, coercion, assault and
     * fighting (roots 14, 17, 18, 19), a threatened strike or protest (133) or repression (137), and the
     * concessions a government makes to its own people: easing restrictions, curfews, emergencies and dissent,
     * political reform (081, 082, 083).
     */
    static boolean domestic(String code) {
        return DOMESTIC_ROOTS.contains(code.substring(0, 2))
                || code.equals("133") // a threatened strike or protest, like the protest itself
                || code.equals("137") // threatened repression
                || code.startsWith("081")
                || code.startsWith("082")
                || code.startsWith("083");
    }

    /** Whether a CAMEO code is force, coercion, sanctions or a show of force (roots 15 to 20). */
    static boolean force(String code) {
        return FORCE_ROOTS.contains(code.substring(0, 2));
    }

    /**
     * Whether an act of this CAMEO code, when only announced, is an intention to cooperate in PLOVER's terms
     * ("all cooperative actions reported in future tense" are AGREE): meetings (04, but not hosting, 043, so
     * that a host stays a mediator), diplomatic and material cooperation (05, 06), aid (07), concessions and
     * retreats (08). The CAMEO code itself is kept (CAMEO codes an announced visit as a visit).
     */
    static boolean announcedCooperation(String code) {
        return COOPERATIVE_ROOTS.contains(code.substring(0, 2)) && !code.equals("043");
    }

    /**
     * Whether the only modal before the trigger at {@code i} is "would" and the actor reports it of itself
     * ("Israel said it would release the prisoners"): the future of reported speech, not a hypothetical.
     */
    static boolean reportedFuture(List<Nlp.Token> tokens, int i) {
        boolean would = false;
        for (int j = Math.max(0, i - 4); j < i; j++) {
            String w = tokens.get(j).lower();
            if (w.equals("would") || w.equals("'d")) {
                would = true;
            } else if (UNCERTAIN.contains(w)) {
                return false;
            }
        }
        return would && selfReported(tokens, i);
    }

    /**
     * Whether the act at {@code i} is refused: "will not", "would not", "won't" (or "wo n't") in the four tokens
     * before it, in the same sentence part, and the act is cooperative (roots 03 to 08).
     */
    static boolean refusal(List<Nlp.Token> tokens, int i, String code) {
        if (!INTENT_ROOTS.contains(code.substring(0, 2))) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(1, i - 4); j--) {
            String w = tokens.get(j).lower();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            boolean not = w.equals("not") || w.equals("n't") || w.equals("n’t");
            if (not && WILL.contains(tokens.get(j - 1).lower())) {
                return true;
            }
            if (w.equals("won't") || w.equals("wouldn't") || w.equals("won’t") || w.equals("wouldn’t")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The CAMEO code of refusing a cooperative act: to meet or negotiate 125, material cooperation 121, aid
     * 122, to yield 124, anything else 120.
     */
    static String refusalCode(String code) {
        return switch (code.substring(0, 2)) {
            case "04" -> "125";
            case "06" -> "121";
            case "07" -> "122";
            case "08" -> "124";
            default -> "120";
        };
    }

    private static final Set<String> AERIAL = Set.of(
            "jet",
            "jets",
            "warplane",
            "warplanes",
            "aircraft",
            "plane",
            "planes",
            "bomber",
            "bombers",
            "helicopter",
            "helicopters",
            "gunship",
            "gunships",
            "drone",
            "drones");
    private static final Set<String> HEAVY = Set.of("artillery", "tank", "tanks", "howitzer", "howitzers");

    /**
     * The code of an attack (roots 18, 20) by the weapon that makes it: aircraft and drones employ aerial
     * weapons (195), artillery and tanks fight with heavy weapons (194), both conventional military force (CAMEO
     * 19, FIGHT) rather than unconventional violence ("Turkish warplanes bombed bases in Iraq"). The weapon is
     * read in the three tokens before the trigger; any other attack keeps its code.
     */
    static String byWeapon(List<Nlp.Token> tokens, int i, String code) {
        if (!code.startsWith("18")) {
            return code;
        }
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = tokens.get(j).lower();
            if (AERIAL.contains(w)) {
                return "195";
            }
            if (HEAVY.contains(w)) {
                return "194";
            }
        }
        return code;
    }

    /** The CAMEO threat code for an act: sanctions 131, coercion 137, force 138, anything else 130. */
    static String threatCode(String code) {
        return switch (code.substring(0, 2)) {
            case "14" -> "133";
            case "16" -> "131";
            case "17" -> "137";
            case "15", "18", "19", "20" -> "138";
            default -> "130";
        };
    }
}
