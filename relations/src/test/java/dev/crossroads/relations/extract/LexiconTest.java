package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.relations.RelationsException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The data files load, and a bad line is reported with its line number. */
class LexiconTest {
    @Test
    void cameoTableCoversEveryRootWithScalesInRange() {
        Cameo c = Cameo.standard();
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertThat(c.contains(code)).as("root " + code).isTrue();
        }
        assertThat(c.require("0311").code()).isEqualTo("031"); // nearest listed parent
        assertThat(c.require("190").goldstein()).isEqualTo(-10.0);
        assertThat(c.require("057").quadClass()).isEqualTo(1);
        assertThat(c.require("073").quadClass()).isEqualTo(2);
        assertThat(c.require("112").quadClass()).isEqualTo(3);
        assertThat(c.require("173").quadClass()).isEqualTo(4);
    }

    @Test
    void verbLexiconLoadsAndEveryCodeIsKnown() {
        VerbLexicon v = VerbLexicon.standard(Cameo.standard());
        assertThat(v.size()).isGreaterThan(300);
    }

    @Test
    void unknownCodeInTheLexiconNamesTheLine() {
        String text = "# comment\n040 meet\n999 fly\n";
        assertThatThrownBy(() -> VerbLexicon.load(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt", Cameo.standard()))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("test.txt:3")
                .hasMessageContaining("999");
    }

    private static VerbLexicon lexicon(String text) {
        return VerbLexicon.load(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt", Cameo.standard());
    }

    @Test
    void aClassStandsForOnePatternPerWordWithTheLineOfThePattern() {
        VerbLexicon v = lexicon("@goods rice tent\n073 send @goods to\n");
        assertThat(v.triggeredBy("send"))
                .extracting(VerbLexicon.Pattern::lemmas)
                .containsExactly(java.util.List.of("send", "rice", "to"), java.util.List.of("send", "tent", "to"));
        assertThat(v.triggeredBy("send")).extracting(VerbLexicon.Pattern::line).containsOnly(2);
        assertThat(v.size()).isEqualTo(1);
    }

    @Test
    void aBrokenClassLineNamesTheLineAndWhatToDo() {
        assertThatThrownBy(() -> lexicon("073 send @goods\n"))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("test.txt:1")
                .hasMessageContaining("@goods is not defined above this line");
        assertThatThrownBy(() -> lexicon("@goods\n"))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("test.txt:1")
                .hasMessageContaining("at least one word");
        assertThatThrownBy(() -> lexicon("@goods rice\n@goods tent\n"))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("test.txt:2")
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> lexicon("@go0ds rice\n"))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> lexicon("@goods rice\n073 @goods send\n"))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("test.txt:2")
                .hasMessageContaining("trigger must be a word");
    }
}
