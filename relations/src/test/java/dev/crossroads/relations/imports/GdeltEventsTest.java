package dev.crossroads.relations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GdeltEventsTest {
    /** A GDELT 2.0 Events row written from the codebook's column list: AZE's government hosts SYR's. */
    static String[] row() {
        String[] f = new String[61];
        Arrays.fill(f, "");
        f[0] = "1245678901";
        f[1] = "20250712";
        f[2] = "202507";
        f[3] = "2025";
        f[4] = "2025.5260";
        f[5] = "AZEGOV";
        f[6] = "AZERBAIJAN";
        f[7] = "AZE";
        f[12] = "GOV";
        f[15] = "SYRGOV";
        f[16] = "SYRIA";
        f[17] = "SYR";
        f[22] = "GOV";
        f[25] = "1";
        f[26] = "043";
        f[27] = "043";
        f[28] = "04";
        f[29] = "1";
        f[30] = "2.8";
        f[31] = "12";
        f[32] = "4";
        f[33] = "10";
        f[34] = "1.93";
        f[35] = "1";
        f[36] = "Azerbaijan";
        f[37] = "AJ";
        f[51] = "4";
        f[52] = "Baku, Baki, Azerbaijan";
        f[53] = "AJ";
        f[59] = "20250712151500";
        f[60] = "https://example.org/news/sharaa-baku";
        return f;
    }

    static String line(String[] f) {
        return String.join("\t", f);
    }

    @Test
    void aRowOfTheExportBecomesAnEventWithItsProvenance() {
        ParsedLine p = GdeltEvents.parse(line(row()), 7);
        assertThat(p).isInstanceOf(ParsedLine.Parsed.class);
        ImportedEvent e = ((ParsedLine.Parsed) p).events().get(0);
        assertThat(e.id()).isEqualTo("gdelt-1245678901");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 7, 12));
        assertThat(e.actor1()).isEqualTo(new ImportedActor("AZERBAIJAN", Optional.of("AZE"), Optional.of("GOV")));
        assertThat(e.actor2().country()).contains("SYR");
        assertThat(e.cameo()).isEqualTo("043");
        assertThat(e.plover()).contains("CONSULT");
        assertThat(e.ploverMode()).contains("host");
        assertThat(e.quadClass()).isEqualTo(1);
        assertThat(e.goldstein()).isEqualTo(2.8);
        assertThat(e.sources()).isEqualTo(4);
        assertThat(e.mentions()).isEqualTo(12);
        assertThat(e.url()).contains("https://example.org/news/sharaa-baku");
        assertThat(e.stateDyad()).isTrue();
    }

    @Test
    void aTrailingCarriageReturnIsNotPartOfTheUrl() {
        ImportedEvent e = ((ParsedLine.Parsed) GdeltEvents.parse(line(row()) + "\r", 1))
                .events()
                .get(0);
        assertThat(e.url()).contains("https://example.org/news/sharaa-baku");
    }

    @Test
    void aRowWithTheWrongColumnCountIsReportedWithItsLine() {
        String[] f = Arrays.copyOf(row(), 58);
        assertThat(GdeltEvents.parse(line(f), 3))
                .isEqualTo(new ParsedLine.Bad(3, "expected 61 tab-separated columns (GDELT 2.0 Events), got 58"));
        assertThat(GdeltEvents.parse(line(Arrays.copyOf(row(), 16)), 4).toString())
                .contains("line 4", "looks like a Mentions row");
    }

    @Test
    void aBadDateNamesTheColumn() {
        String[] f = row();
        f[1] = "20251341";
        assertThat(GdeltEvents.parse(line(f), 9).toString())
                .isEqualTo("line 9: column 2 (SQLDATE): '20251341' is not a date (yyyyMMdd or yyyy-MM-dd)");
    }

    @Test
    void anUnknownEventCodeIsBad() {
        String[] f = row();
        f[26] = "215";
        assertThat(GdeltEvents.parse(line(f), 2).toString())
                .isEqualTo("line 2: column 27 (EventCode): unknown CAMEO code '215' (the CAMEO roots are 01 to 20)");
        f[26] = "04x";
        assertThat(GdeltEvents.parse(line(f), 2).toString()).contains("is not a CAMEO code");
    }

    @Test
    void badCountsCountriesAndScoresAreReported() {
        String[] f = row();
        f[32] = "four";
        assertThat(GdeltEvents.parse(line(f), 1).toString()).contains("column 33 (NumSources)");
        f = row();
        f[7] = "AZ";
        assertThat(GdeltEvents.parse(line(f), 1).toString())
                .contains("column 8 (Actor1CountryCode): 'AZ' is not a three-letter country code");
        f = row();
        f[30] = "12";
        assertThat(GdeltEvents.parse(line(f), 1).toString()).contains("column 31 (GoldsteinScale)");
        f = row();
        f[29] = "5";
        assertThat(GdeltEvents.parse(line(f), 1).toString()).contains("column 30 (QuadClass)");
    }

    @Test
    void anActorWithoutACountryIsKeptButIsNotAStateDyad() {
        String[] f = row();
        f[17] = "";
        f[16] = "";
        f[15] = "REB";
        ImportedEvent e =
                ((ParsedLine.Parsed) GdeltEvents.parse(line(f), 1)).events().get(0);
        assertThat(e.actor2().name()).isEqualTo("REB");
        assertThat(e.stateDyad()).isFalse();
        assertThat(ImportFilter.ALL.accepts(e)).isFalse();
    }

    @Test
    void theFilterKeepsTheDatesAndActorsAsked() {
        ImportedEvent e =
                ((ParsedLine.Parsed) GdeltEvents.parse(line(row()), 1)).events().get(0);
        LocalDate day = LocalDate.of(2025, 7, 12);
        assertThat(new ImportFilter(Optional.of(day), Optional.of(day), Set.of("SYR")).accepts(e))
                .isTrue();
        assertThat(new ImportFilter(Optional.of(day.plusDays(1)), Optional.empty(), Set.of()).accepts(e))
                .isFalse();
        assertThat(new ImportFilter(Optional.empty(), Optional.of(day.minusDays(1)), Set.of()).accepts(e))
                .isFalse();
        assertThat(new ImportFilter(Optional.empty(), Optional.empty(), Set.of("ISR")).accepts(e))
                .isFalse();
    }

    @Test
    void aMentionIsAReportOfAnEvent() {
        String m = String.join(
                "\t",
                "1245678901",
                "20250712150000",
                "20250712153000",
                "1",
                "example.org",
                "https://example.org/news/sharaa-baku",
                "3",
                "120",
                "180",
                "150",
                "1",
                "80",
                "4210",
                "1.9",
                "",
                "");
        assertThat(GdeltMentions.parse(m, 5))
                .isEqualTo(new GdeltMentions.Parsed(
                        5,
                        new GdeltMentions.Mention(
                                "1245678901",
                                LocalDate.of(2025, 7, 12),
                                1,
                                "example.org",
                                "https://example.org/news/sharaa-baku",
                                80)));
        assertThat(GdeltMentions.parse(m.replace("20250712153000", "2025-07-12"), 6)
                        .toString())
                .isEqualTo("line 6: column 3 (MentionTimeDate): '2025-07-12' is not a time (yyyyMMddHHmmss)");
        assertThat(GdeltMentions.parse(line(row()), 7).toString()).contains("looks like an Events row");
    }
}
