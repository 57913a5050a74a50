package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The phrase structure the extractor reads actors with. Sentences written for the test. */
class PhrasesTest {
    static final Nlp NLP = new Nlp();

    static List<Nlp.Token> tagged(String sentence) {
        return NLP.tag(NLP.untagged(sentence));
    }

    static int index(List<Nlp.Token> tokens, String word) {
        return IntStream.range(0, tokens.size())
                .filter(i -> tokens.get(i).text().equals(word))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token " + word + " in " + tokens));
    }

    @Test
    void aTrailingReportingClauseIsAttribution() {
        List<Nlp.Token> t = tagged("Chilean troops fired on protesters, officials in Peru said on Monday.");
        Phrases p = Phrases.of(t);
        assertThat(p.attribution(index(t, "troops"))).isFalse();
        assertThat(p.attribution(index(t, "protesters"))).isFalse();
        assertThat(p.attribution(index(t, "Peru"))).isTrue();
        assertThat(p.attributionApartFrom(index(t, "Peru"), index(t, "fired"))).isTrue();
    }

    @Test
    void newsAgenciesWithTheirAbbreviationsAndAccordingToAreAttribution() {
        List<Nlp.Token> t = tagged("Iran expelled two envoys, the Turkish news agency (TNA) reported.");
        assertThat(Phrases.of(t).attribution(index(t, "Turkish"))).isTrue();
        List<Nlp.Token> a = tagged("According to Danish sources, Swedish police arrested a suspect.");
        Phrases p = Phrases.of(a);
        assertThat(p.attribution(index(a, "Danish"))).isTrue();
        assertThat(p.attribution(index(a, "Swedish"))).isFalse();
    }

    @Test
    void aReportingVerbThatIntroducesItsClauseIsNotAttribution() {
        List<Nlp.Token> t = tagged("Norwegian officials said that Finland would close the border.");
        Phrases p = Phrases.of(t);
        assertThat(IntStream.range(0, t.size()).noneMatch(p::attribution)).isTrue();
    }

    @Test
    void placesAreFoundThroughPlaceNounsAndPossessors() {
        List<Nlp.Token> t = tagged("Troops shelled a village in the south of Yemen near the Omani border.");
        Phrases p = Phrases.of(t);
        assertThat(p.locative(index(t, "Yemen"))).isTrue();
        assertThat(p.locative(index(t, "Omani"))).isTrue();
        assertThat(p.border(index(t, "Omani"), index(t, "Omani") + 1)).isTrue();
        assertThat(p.border(index(t, "Yemen"), index(t, "Yemen") + 1)).isFalse();
        List<Nlp.Token> c = tagged("Police arrested a reporter in Ghana's capital Accra.");
        assertThat(Phrases.of(c).locative(index(c, "Accra"))).isTrue();
    }

    @Test
    void aPlaceAfterAGroupWordLocatesTheGroup() {
        List<Nlp.Token> t = tagged("Separatists operating in Cameroon attacked a school.");
        assertThat(Phrases.of(t).locatesGroup(index(t, "Cameroon"))).isTrue();
        List<Nlp.Token> m = tagged("The talks in Geneva ended without a deal.");
        Phrases p = Phrases.of(m);
        assertThat(p.locatesGroup(index(m, "Geneva"))).isFalse();
        assertThat(p.venueOfGathering(index(m, "Geneva"))).isTrue();
    }

    @Test
    void possessorsOfRelationalNounsAndHyphenatedParticiplesAreModifiers() {
        List<Nlp.Token> t = tagged("Rebels attacked Russia's local allies with Belgian - made rifles.");
        Phrases p = Phrases.of(t);
        int russia = index(t, "Russia");
        assertThat(p.modifier(russia, russia + 1)).isTrue();
        int belgian = index(t, "Belgian");
        assertThat(p.modifier(belgian, belgian + 1)).isTrue();
        List<Nlp.Token> d = tagged("Chile rejected Peru's decision and the Saudi - led plan.");
        Phrases q = Phrases.of(d);
        assertThat(q.modifier(index(d, "Peru"), index(d, "Peru") + 1)).isFalse();
        assertThat(q.modifier(index(d, "Saudi"), index(d, "Saudi") + 1)).isFalse();
        List<Nlp.Token> k = tagged("Gunmen killed a cousin of Ghana's envoy.");
        assertThat(Phrases.of(k).modifier(index(k, "Ghana"), index(k, "Ghana") + 1))
                .isTrue();
    }

    @Test
    void groupSubjectsAndPassives() {
        List<Nlp.Token> t = tagged("Thousands of farmers blocked the roads.");
        assertThat(Phrases.of(t).groupSubject(0, index(t, "blocked"))).isTrue();
        List<Nlp.Token> s = tagged("A storm blocked the roads.");
        assertThat(Phrases.of(s).groupSubject(0, index(s, "blocked"))).isFalse();
        List<Nlp.Token> k = tagged("Two reporters were detained in Minsk.");
        int detained = index(k, "detained");
        assertThat(Phrases.of(k).passive(detained, detained)).isTrue();
        List<Nlp.Token> o = tagged("Hungary is opposed to the plan.");
        int opposed = index(o, "opposed");
        assertThat(Phrases.of(o).passive(opposed, opposed)).isFalse();
        List<Nlp.Token> q = tagged("Qatar's emir received the envoy.");
        int received = index(q, "received");
        assertThat(Phrases.of(q).passive(received, received)).isFalse();
    }

    @Test
    void oddInputIsHarmless() {
        for (String s : List.of("", "   ", "...", ", , ;", "said", "in", "Ghana", "'s", "- made", "according to")) {
            List<Nlp.Token> t = tagged(s);
            Phrases p = Phrases.of(t);
            assertThatCode(() -> {
                        for (int i = -1; i <= t.size(); i++) {
                            p.attribution(i);
                        }
                        for (int i = 0; i < t.size(); i++) {
                            p.locative(i);
                            p.locatesGroup(i);
                            p.venueOfGathering(i);
                            p.modifier(i, i + 1);
                            p.border(i, i + 1);
                            p.groupSubject(0, i);
                            p.passive(i, i);
                        }
                    })
                    .as("input %s", s)
                    .doesNotThrowAnyException();
        }
    }

    /** Seeded random token soup (words, tags and punctuation of every kind): no question throws. */
    @Test
    void randomTokenSequencesNeverThrow() {
        long seed = 20261207L;
        Random r = new Random(seed);
        String[] words = {
            "said",
            "in",
            ",",
            "'s",
            "-",
            "made",
            "the",
            "of",
            "rebels",
            "Ghana",
            "border",
            "(",
            ")",
            "according",
            "to",
            "was",
            "killed",
            "that",
            "allies",
            "near",
            "with",
            "capital",
            "operating",
            "."
        };
        String[] tags = {"VERB", "ADP", "PUNCT", "NOUN", "PROPN", "DET", "ADJ", "AUX", "ADV", "NUM", "X"};
        for (int round = 0; round < 500; round++) {
            List<Nlp.Token> t = new ArrayList<>();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                String w = words[r.nextInt(words.length)];
                t.add(new Nlp.Token(
                        w,
                        w.toLowerCase(java.util.Locale.ROOT),
                        i * 5,
                        i * 5 + w.length(),
                        tags[r.nextInt(tags.length)],
                        w.toLowerCase(java.util.Locale.ROOT)));
            }
            Phrases p = Phrases.of(t, w -> w.equals("rebels"));
            int round0 = round;
            assertThatCode(() -> {
                        for (int i = 0; i < t.size(); i++) {
                            p.attribution(i);
                            p.attributionApartFrom(i, t.size() - 1);
                            p.locative(i);
                            p.locatesGroup(i);
                            p.modifier(i, i + 1);
                            p.border(i, i + 1);
                            p.groupSubject(-1, i);
                            p.passive(i, i);
                            p.venueOfGathering(i);
                        }
                    })
                    .as("seed %d round %d tokens %s", seed, round0, t)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aMentionBeforeAnEventNounIsNotAPlaceButTheDoer() {
        List<Nlp.Token> t = tagged("Two boys were hurt in a Syrian air strike in northern Jordan.");
        Phrases p = Phrases.of(t);
        int syrian = index(t, "Syrian");
        assertThat(p.locative(syrian)).isFalse();
        assertThat(p.agentOfCause(syrian, syrian + 1)).isTrue();
        assertThat(p.locative(index(t, "Jordan"))).isTrue();
        assertThat(p.agentOfCause(index(t, "Jordan"), index(t, "Jordan") + 1)).isFalse();
    }

    @Test
    void withoutModifiersNoMentionIsAModifier() {
        List<Nlp.Token> t = tagged("Critics of Chile's president marched.");
        int chile = index(t, "Chile");
        assertThat(Phrases.of(t).modifier(chile, chile + 1)).isTrue();
        assertThat(Phrases.of(t).withoutModifiers().modifier(chile, chile + 1)).isFalse();
    }
}
