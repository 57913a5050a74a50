package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who an event is between, read with {@link Phrases}: attribution, places, modifiers, joint actors, complaints,
 * passives and groups known by their place. Sentences written for the test (not from any gold set).
 */
class ActorStructureTest {
    static final Extractor X = Extractor.standard();
    static final LocalDate D = LocalDate.of(2021, 3, 1);

    static ExtractedEvent first(String sentence) {
        List<ExtractedEvent> events = X.extractSentence(sentence, D);
        assertThat(events).as("events of %s", sentence).isNotEmpty();
        return events.get(0);
    }

    static List<String> sources(String sentence) {
        return first(sentence).ploverSources().stream().map(ActorMention::code).toList();
    }

    static List<String> targets(String sentence) {
        return first(sentence).ploverTargets().stream().map(ActorMention::code).toList();
    }

    @Test
    void theReporterOfAnEventIsNeitherSourceNorTarget() {
        String s = "Malian soldiers detained a local mayor, diplomats in Senegal said on Thursday.";
        assertThat(sources(s)).containsExactly("MLI");
        assertThat(targets(s)).containsExactly("MLI"); // domestic: no one else is named
        assertThat(targets("Belgium summoned the Congolese envoy, the Dutch news agency reported."))
                .containsExactly("COD");
        assertThat(sources("According to Austrian media, Slovak police arrested two smugglers."))
                .containsExactly("SVK");
    }

    @Test
    void aPlaceIsNotTheTargetButStandsForItsStateWhenNothingElseIs() {
        assertThat(targets("Portugal signed a fisheries deal with Morocco at a summit in Spain."))
                .containsExactly("MAR");
        assertThat(targets("Sudanese militiamen burned homes in eastern Chad.")).containsExactly("TCD");
        assertThat(targets("Iraq agreed at talks in Jordan to release the prisoners."))
                .doesNotContain("JOR");
        assertThat(targets("Cuba deployed coast guard ships near the Haitian border."))
                .containsExactly("HTI"); // a deployment is against the state beside the border
    }

    @Test
    void aGroupWithNoStateIsCodedByThePlaceItIsIn() {
        String s = "Protesters in Bolivia demanded new elections.";
        assertThat(sources(s)).containsExactly("BOL");
        assertThat(targets(s)).containsExactly("BOL");
        assertThat(sources("Gunmen kidnapped four teachers in northern Cameroon."))
                .containsExactly("CMR");
        assertThat(sources("Separatists operating in Georgia attacked a police post."))
                .containsExactly("GEO");
    }

    @Test
    void modifiersDoNotMakeTheTarget() {
        assertThat(targets("Yemeni fighters attacked a convoy of Iran's allies in Saudi Arabia."))
                .containsExactly("SAU");
        assertThat(targets("Chile rejected Peru's decision on the border.")).containsExactly("PER");
        assertThat(targets("Kenyan police seized Somali - made explosives in Nairobi."))
                .doesNotContain("SOM");
    }

    @Test
    void jointSourcesAreNotTakenAgainAsTarget() {
        String s = "Serbia and Croatia resumed talks on the return of Serbian refugees.";
        assertThat(sources(s)).containsExactlyInAnyOrder("SRB", "HRV");
        assertThat(targets(s)).isEmpty();
    }

    @Test
    void aComplaintToOneActorAboutAnotherTargetsTheOther() {
        assertThat(targets("Greece complained to the European Union about Turkish drilling."))
                .containsExactly("TUR");
        assertThat(targets("Greece complained to the European Union.")).containsExactly("IGO");
    }

    @Test
    void aPassiveWithoutAgentHasNoSourceAndItsSubjectAsTarget() {
        String s = "Three Nigerian sailors were kidnapped off the coast of Benin.";
        assertThat(sources(s)).isEmpty();
        assertThat(targets(s)).containsExactly("NGA");
        assertThat(sources("Two Lebanese fishermen were detained by Israeli forces."))
                .containsExactly("ISR");
        // a retreat in the passive still names who withdrew
        assertThat(sources("Irish troops were withdrawn from Lebanon.")).containsExactly("IRL");
    }

    @Test
    void aGroupWithNoStatePressingAGovernmentIsOfThatState() {
        String s = "Dozens of lawyers protested against the Tunisian government's new decree.";
        assertThat(sources(s)).containsExactly("TUN");
        assertThat(sources("Young activists demanded that the Kenyan parliament reject the tax bill."))
                .containsExactly("KEN");
        // an embassy is a state abroad: its protesters are not taken to be of its state
        assertThat(sources("Angry crowds protested outside the Danish embassy in Jakarta."))
                .containsExactly("IDN");
        // force against a state's people is not domestic by default
        assertThat(sources("Masked gunmen attacked two Canadian tourists on a beach."))
                .isEmpty();
    }

    @Test
    void anEthnicGroupInAnotherStateIsOfThatState() {
        assertThat(sources("Ethnic Russians in Estonia demanded new schools.")).containsExactly("EST");
        assertThat(sources("The Uzbeks of southern Kyrgyzstan protested against the closures."))
                .containsExactly("KGZ");
        // troops abroad stay their own state's
        assertThat(sources("Russian troops in Syria attacked a rebel base.")).containsExactly("RUS");
    }

    @Test
    void theDoerOfAPassiveCanBeNamedInItsCauseOrAfterByA() {
        String s = "Four herders were killed in an Ethiopian air strike in northern Kenya.";
        assertThat(sources(s)).containsExactly("ETH");
        assertThat(targets(s)).containsExactly("KEN");
        assertThat(sources("A Georgian reporter was detained by a Russian patrol."))
                .containsExactly("RUS");
    }

    @Test
    void anEventWhoseOnlyActorsAreModifiersKeepsThem() {
        // "critics of X's president" are not X's government, but X is a better guess than no one
        assertThat(sources("Critics of Serbia's president marched through the capital."))
                .containsExactly("SRB");
    }

    @Test
    void theAuthorOfANounAfterByIsItsTarget() {
        assertThat(targets("Vietnam protested against new patrols by Chinese warships."))
                .containsExactly("CHN");
    }

    @Test
    void aBorderOnWhichSomethingIsIsNotTheTarget() {
        assertThat(targets("Nigerian soldiers destroyed a rebel camp on the Cameroonian border."))
                .doesNotContain("CMR");
    }

    @Test
    void aPossessorsRelationalCompoundAndALanguageAreNotActors() {
        assertThat(targets("Iraqi troops killed an officer of Iran's militia allies near Basra."))
                .doesNotContain("IRN");
        assertThat(targets("Latvia lifted restrictions on the Russian language in schools."))
                .doesNotContain("RUS");
    }

    @Test
    void theDestinationOfAnArrivalIsTheHostNotAVenue() {
        ExtractedEvent e = first("The Indonesian president arrived in Canberra on Sunday.");
        assertThat(e.ploverTargets()).extracting(ActorMention::code).containsExactly("AUS");
        ExtractedEvent talks = first("The Indonesian president held talks in Canberra with the Fijian premier.");
        assertThat(talks.ploverTargets()).extracting(ActorMention::code).doesNotContain("AUS");
    }

    @Test
    void anIntentAboutOnesOwnStateHasNoTarget() {
        assertThat(targets("The Bolivian president promised to make Bolivia safer."))
                .isEmpty();
        assertThat(targets("The Bolivian president promised to help Peru.")).containsExactly("PER");
    }

    @Test
    void aMeetingsPlaceIsItsVenueAndNotTheStateOfItsParticipants() {
        ExtractedEvent talks = first("Greek and Turkish diplomats held talks in Switzerland on fishing near Cyprus.");
        assertThat(talks.ploverTargets()).isEmpty();
        assertThat(talks.venue()).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("CHE"));
        // a role word with no state meeting someone in a capital is not of that capital's state
        assertThat(sources("A deputy minister met the Chilean foreign minister in Santiago."))
                .isEmpty();
    }

    @Test
    void anEventWhoseOnlyActorsAreInItsAttributionKeepsThem() {
        // with no other actor the reporter's state is kept (here as the target) rather than losing the event
        assertThat(targets("Police arrested three union leaders, according to the Peruvian interior ministry."))
                .containsExactly("PER");
    }

    @Test
    void aTargetIsNotTakenFromTheNextClause() {
        assertThat(first("Japan funded the new school, and pupils from Mosul began lessons there on Monday.")
                        .targets())
                .isEmpty();
        assertThat(targets("Norway expelled three Russian diplomats, as police in Oslo questioned a fourth."))
                .containsExactly("RUS");
        // a list is one clause: "X, Y, and Z" keeps going; "as well as" does not open a clause
        List<Nlp.Token> list = PhrasesTest.tagged("Egypt condemned Israel, Iran, and Syria.");
        assertThat(Extractor.clauseEnd(list, 1)).isEqualTo(list.size());
        List<Nlp.Token> asWell = PhrasesTest.tagged("Egypt condemned Israel, as well as Iran.");
        assertThat(Extractor.clauseEnd(asWell, 1)).isEqualTo(asWell.size());
        List<Nlp.Token> clause = PhrasesTest.tagged("Egypt condemned Israel, and Jordan recalled its envoy.");
        assertThat(Extractor.clauseEnd(clause, 1)).isEqualTo(3);
        List<Nlp.Token> semicolon = PhrasesTest.tagged("Egypt condemned Israel; Jordan stayed silent.");
        assertThat(Extractor.clauseEnd(semicolon, 1)).isEqualTo(3);
    }

    @Test
    void aDatelineIsNotAnActor() {
        assertThat(sources("GENEVA: The United Nations criticised Israel over the demolition of homes."))
                .containsExactly("IGO");
        assertThat(sources("BAKU (AP) - Azerbaijan condemned the attack on a convoy in Armenia."))
                .containsExactly("AZE");
        assertThat(sources("Turkey: Ankara condemned the strike on Syria.")).containsExactly("TUR");
    }

    @Test
    void aCapitalisedWordInsideAnUnknownNameIsNotAnAct() {
        List<Nlp.Token> t = PhrasesTest.tagged("Norway hosted talks with the Revolutionary Armed Forces of Colombia.");
        int armed = PhrasesTest.index(t, "Armed");
        assertThat(Extractor.nameWord(t, armed)).isTrue();
        assertThat(Extractor.nameWord(t, PhrasesTest.index(t, "hosted"))).isFalse();
        assertThat(X.extractSentence("Norway hosted talks with the Revolutionary Armed Forces of Colombia.", D))
                .noneMatch(e -> e.trigger().equals("Armed"));
        // the first word of a sentence, and a word after a colon, may still be the act
        List<Nlp.Token> headline = PhrasesTest.tagged("Iran: Attacks on shipping will stop, Tehran said.");
        assertThat(Extractor.nameWord(headline, PhrasesTest.index(headline, "Attacks")))
                .isFalse();
    }

    @Test
    void aDayOrAHyphenatedWordDoesNotCountTowardsAPatternsGap() {
        assertThat(first("The Israeli army lifted Friday a day-old blockade on Palestinian trucks.")
                        .plover())
                .contains("RETREAT");
        List<Nlp.Token> t = PhrasesTest.tagged("Egypt lifted Friday a day-old ban.");
        assertThat(Extractor.freeInGap(t, PhrasesTest.index(t, "Friday"))).isTrue();
        assertThat(Extractor.freeInGap(t, PhrasesTest.index(t, "a"))).isFalse();
    }

    @Test
    void aPastTenseTaggedAsAPrepositionIsTakenAsAVerb() {
        assertThat(Extractor.misreadVerb(new Nlp.Token("attacked", "attacked", 0, 8, "ADP", "attacked")))
                .isTrue();
        assertThat(Extractor.misreadVerb(new Nlp.Token("attacked", "attacked", 0, 8, "VERB", "attack")))
                .isFalse();
        assertThat(Extractor.misreadVerb(new Nlp.Token("near", "near", 0, 4, "ADP", "near")))
                .isFalse();
        assertThat(Extractor.misreadVerb(new Nlp.Token("bed", "bed", 0, 3, "ADP", "bed")))
                .isFalse();
    }

    @Test
    void aNameAfterPanIsNotAState() {
        assertThat(targets("Peruvian miners blocked the Pan-American highway.")).doesNotContain("USA");
        assertThat(first("Egypt condemned the pan-Arab broadcaster.").targets()).isEmpty();
        assertThat(targets("Egypt condemned the American broadcaster.")).containsExactly("USA");
    }

    @Test
    void jointActorsMayEachHaveAHeadNoun() {
        assertThat(sources("Georgian police and Armenian border guards clashed near the bridge."))
                .containsExactly("GEO", "ARM");
        assertThat(sources("Peruvian soldiers clashed with Bolivian smugglers."))
                .containsExactly("PER");
    }

    private static List<String> mainSources(String sentence) {
        List<ExtractedEvent> main = Extraction.mainEvents(X.extractSentence(sentence, D));
        assertThat(main).as("main event of %s", sentence).hasSize(1);
        return main.get(0).sources().stream().map(ActorMention::code).toList();
    }

    @Test
    void theMainClauseActorIsNotTakenFromABackgroundPhraseBeforeIt() {
        assertThat(mainSources("Following Israeli strikes near Damascus, Turkey condemned Israel."))
                .containsExactly("TUR");
        assertThat(mainSources(
                        "After Israeli jets struck targets near Damascus, Turkey recalled its envoy from Israel."))
                .containsExactly("TUR");
        assertThat(mainSources("Following the bombing of its embassy in Damascus, Azerbaijan recalled its ambassador."))
                .containsExactly("AZE");
        // a relative clause between commas
        assertThat(mainSources("Turkey, which had threatened Israel, signed an agreement with Syria."))
                .containsExactly("TUR");
        // the background event keeps its own actor
        assertThat(X.extractSentence("After Israeli jets struck targets near Damascus, Turkey recalled its envoy.", D))
                .anySatisfy(e -> {
                    assertThat(e.main()).isFalse();
                    assertThat(e.sources()).extracting(ActorMention::code).containsExactly("ISR");
                });
    }
}
