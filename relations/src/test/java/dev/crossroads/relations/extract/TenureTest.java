package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.pack.TestPacks;
import dev.crossroads.core.testing.Requirements;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The Syrian president" is whoever held the office on the article's date. */
class TenureTest {
    static RegionPack minimal;
    static Extractor extractor;

    @BeforeAll
    static void load() {
        minimal = PackLoader.load(TestPacks.minimal());
        extractor = Extractor.forPack(minimal);
    }

    private static Optional<String> president(Extractor x, String sentence, LocalDate date) {
        List<ActorMention> actors = x.actors(sentence, date);
        assertThat(actors).as(sentence).isNotEmpty();
        return actors.get(0).actorId();
    }

    @Test
    void roleResolvesToTheHolderAtTheArticleDate() {
        String s = "The Cland president met the Aland foreign minister.";
        assertThat(president(extractor, s, LocalDate.of(2023, 5, 1))).contains("a-old");
        assertThat(president(extractor, s, LocalDate.of(2025, 6, 1))).contains("a-new");
    }

    @Test
    void noHolderBetweenTenuresLeavesTheStateOnly() {
        List<ActorMention> actors = extractor.actors("The Cland president spoke.", LocalDate.of(2025, 1, 1));
        assertThat(actors).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("CCC");
            assertThat(a.actorId()).isEmpty();
            assertThat(a.sector()).contains("GOV");
        });
    }

    @Test
    void aliasOfAPackActorNamesItsState() {
        List<ActorMention> actors = extractor.actors("N. Leader praised Bee Land on Monday.", LocalDate.of(2025, 6, 1));
        assertThat(actors).extracting(ActorMention::code).containsExactly("CCC", "BBB");
        assertThat(actors.get(0).actorId()).contains("a-new");
    }

    @Test
    void syrianPresidentInTheDefaultPack() {
        Path dir = Path.of("..", "packs", "caucasus-levant");
        Requirements.defaultPack(dir);
        Extractor x = Extractor.forPack(PackLoader.load(dir));
        String s = "The Syrian president received a delegation from Baku.";
        assertThat(president(x, s, LocalDate.of(2023, 5, 1))).contains("bashar-al-assad");
        assertThat(president(x, s, LocalDate.of(2025, 5, 4))).contains("ahmed-al-sharaa");
    }
}
