package dev.crossroads.relations.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ICEWS, POLECAT and ACLED files written for these tests from each format's published column list. */
class FormatParsersTest {
    static List<String> lines(String name) throws IOException {
        try (InputStream in = FormatParsersTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static List<ParsedLine> parse(ImportFormat format, List<String> lines) {
        EventLines p = EventLines.of(format, lines.get(0));
        List<ParsedLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(p.parse(lines.get(i), i + 1));
        }
        return out;
    }

    static List<ImportedEvent> events(List<ParsedLine> parsed) {
        List<ImportedEvent> out = new ArrayList<>();
        for (ParsedLine p : parsed) {
            assertThat(p).as(p.toString()).isInstanceOf(ParsedLine.Parsed.class);
            out.addAll(((ParsedLine.Parsed) p).events());
        }
        return out;
    }

    static String bad(List<ParsedLine> parsed) {
        return parsed.stream()
                .filter(p -> p instanceof ParsedLine.Bad)
                .map(ParsedLine::toString)
                .findFirst()
                .orElse("no bad line");
    }

    @Test
    void icewsRowsMapCountryNamesAndRestoreLeadingZeros() throws IOException {
        List<ImportedEvent> es = events(parse(ImportFormat.ICEWS, lines("icews-good.tab")));
        assertThat(es).hasSize(3);
        ImportedEvent host = es.get(0);
        assertThat(host.id()).isEqualTo("icews-30001-20250712");
        assertThat(host.cameo()).isEqualTo("043");
        assertThat(host.plover()).contains("CONSULT");
        assertThat(host.actor1())
                .isEqualTo(new ImportedActor("Ilham Aliyev", Optional.of("AZE"), Optional.of("Executive")));
        assertThat(host.actor2().country()).contains("SYR");
        assertThat(host.goldstein()).isEqualTo(2.8);
        assertThat(host.text()).contains("Host a visit", "Example Wire", "story 9001");
        assertThat(es.get(1).cameo()).isEqualTo("045");
        assertThat(es.get(2).actor1().country()).contains("TUR");
        assertThat(es.get(2).actor2().country()).isEmpty();
        assertThat(es.get(2).stateDyad()).isFalse();
        assertThat(IcewsEvents.code("871")).isEqualTo("0871");
        assertThat(IcewsEvents.code("190")).isEqualTo("190");
    }

    @Test
    void icewsBrokenRowsAreReportedByLine() throws IOException {
        List<String> good = lines("icews-good.tab");
        List<String> l = new ArrayList<>(good);
        l.set(2, l.get(2).replaceFirst("\tIsrael\t", "\tIsrael\textra\t"));
        assertThat(bad(parse(ImportFormat.ICEWS, l)))
                .isEqualTo("line 3: expected 20 tab-separated columns as in the header, got 21");
        l = new ArrayList<>(good);
        l.set(1, l.get(1).replace("2025-07-12", "2025-02-30"));
        assertThat(bad(parse(ImportFormat.ICEWS, l)))
                .startsWith("line 2: column 2 (Event Date): '2025-02-30' is not a date");
        l = new ArrayList<>(good);
        l.set(3, l.get(3).replace("\t13\t", "\t00\t"));
        assertThat(bad(parse(ImportFormat.ICEWS, l)))
                .isEqualTo("line 4: column 7 (CAMEO Code): unknown CAMEO code '000' (the CAMEO roots are 01 to 20)");
        l = new ArrayList<>(good);
        l.set(1, l.get(1).replace("\tSyria\t", "\tSyrria\t"));
        assertThat(bad(parse(ImportFormat.ICEWS, l)))
                .contains("line 2: column 11 (Target Country): unknown country 'Syrria'");
        assertThatThrownBy(() -> EventLines.of(ImportFormat.ICEWS, "Event ID\tDate"))
                .hasMessageContaining("no column 'Event Date'")
                .hasMessageContaining("ICEWS");
    }

    @Test
    void polecatThirdPartyConsultationKeepsTheMediatorAndBothParties() throws IOException {
        List<ImportedEvent> es = events(parse(ImportFormat.POLECAT, lines("polecat-good.tsv")));
        ImportedEvent m = es.get(0);
        assertThat(m.id()).isEqualTo("polecat-20250712-0001");
        assertThat(m.mediation()).isTrue();
        assertThat(m.mediator().flatMap(ImportedActor::country)).contains("AZE");
        assertThat(m.actor1().country()).contains("TUR");
        assertThat(m.actor2().country()).contains("ISR");
        assertThat(m.plover()).contains("CONSULT");
        assertThat(m.ploverMode()).contains("third-party");
        assertThat(m.cameo()).isEqualTo("044");
        assertThat(m.goldstein()).isEqualTo(4.0);
        assertThat(m.countries()).containsExactly("TUR", "ISR", "AZE");
        assertThat(m.stateDyad()).isTrue();
        ImportedEvent visit = es.get(1);
        assertThat(visit.cameo()).isEqualTo("042");
        assertThat(visit.actor1().role()).contains("GOV");
        // two actors, one recipient: one event each, numbered
        assertThat(es.subList(2, 4))
                .extracting(ImportedEvent::id)
                .containsExactly("polecat-20250713-0003#1", "polecat-20250713-0003#2");
        assertThat(es.get(2).plover()).contains("DEMAND");
        assertThat(es.get(2).cameo()).isEqualTo("020");
        assertThat(es).hasSize(4);
    }

    @Test
    void polecatBrokenRowsAreReportedByLine() throws IOException {
        List<String> good = lines("polecat-good.tsv");
        List<String> l = new ArrayList<>(good);
        l.set(1, l.get(1).replace("\tCONSULT\t", "\tCONSOLE\t"));
        assertThat(bad(parse(ImportFormat.POLECAT, l)))
                .startsWith("line 2: column 3 (Event Type): unknown PLOVER type 'CONSOLE'");
        l = new ArrayList<>(good);
        l.set(2, l.get(2).replace("2025-07-12", "12/07/2025"));
        assertThat(bad(parse(ImportFormat.POLECAT, l))).startsWith("line 3: column 2 (Event Date)");
        l = new ArrayList<>(good);
        l.set(3, l.get(3).substring(0, l.get(3).lastIndexOf('\t')));
        assertThat(bad(parse(ImportFormat.POLECAT, l)))
                .isEqualTo("line 4: expected 40 tab-separated columns as in the header, got 39");
        l = new ArrayList<>(good);
        l.set(2, l.get(2).replace("\tSYR\t", "\tSYRIA\t"));
        assertThat(bad(parse(ImportFormat.POLECAT, l)))
                .contains("line 3: column 9 (Actor Country): 'SYRIA' is not a three-letter country code");
    }

    @Test
    void acledRowsReadStateForcesAndCountSources() throws IOException {
        List<ImportedEvent> es = events(parse(ImportFormat.ACLED, lines("acled-good.csv")));
        assertThat(es).hasSize(2);
        ImportedEvent strike = es.get(0);
        assertThat(strike.id()).isEqualTo("acled-SYR90001");
        assertThat(strike.date()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(strike.actor1())
                .isEqualTo(new ImportedActor(
                        "Military Forces of Israel (2022-)", Optional.of("ISR"), Optional.of("External/Other forces")));
        assertThat(strike.actor2().country()).contains("SYR");
        assertThat(strike.cameo()).isEqualTo("195");
        assertThat(strike.plover()).contains("FIGHT");
        assertThat(strike.sources()).isEqualTo(2);
        assertThat(strike.text()).contains("\"as reported\"");
        ImportedEvent protest = es.get(1);
        assertThat(protest.date()).isEqualTo(LocalDate.of(2025, 7, 12));
        assertThat(protest.actor1().country()).isEmpty();
        assertThat(protest.stateDyad()).isFalse();
    }

    @Test
    void acledBrokenRowsAreReportedByLine() throws IOException {
        List<String> good = lines("acled-good.csv");
        List<String> l = new ArrayList<>(good);
        l.set(1, l.get(1).replace("Air/drone strike", "Air strike"));
        assertThat(bad(parse(ImportFormat.ACLED, l)))
                .startsWith(
                        "line 2: column 7 (sub_event_type): unknown ACLED event type 'Explosions/Remote violence' / 'Air strike'");
        l = new ArrayList<>(good);
        l.set(2, l.get(2).replace("12 July 2025", "12 Juli 2025"));
        assertThat(bad(parse(ImportFormat.ACLED, l)))
                .startsWith("line 3: column 2 (event_date): '12 Juli 2025' is not a date");
        l = new ArrayList<>(good);
        l.set(2, l.get(2).replace(",Aleppo,Aleppo,", ",Aleppo,"));
        assertThat(bad(parse(ImportFormat.ACLED, l)))
                .isEqualTo("line 3: expected 31 comma-separated columns as in the header, got 30");
        l = new ArrayList<>(good);
        l.set(
                1,
                l.get(1)
                        .replace("\"On 10 July", "\"On 10 July\n")
                        .lines()
                        .findFirst()
                        .orElseThrow());
        assertThat(bad(parse(ImportFormat.ACLED, l))).contains("line 2:", "not closed on this line");
    }
}
