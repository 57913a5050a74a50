package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void quotedCellsMayHoldCommasQuotesAndNewlines() {
        CsvReader.Result r = CsvReader.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");
        assertThat(r.errors()).isEmpty();
        assertThat(r.records()).hasSize(4);
        assertThat(r.records().get(1).cells()).containsExactly("x, y", "say \"hi\"");
        assertThat(r.records().get(2).cells()).containsExactly("two\nlines", "z");
        assertThat(r.records().get(3).line()).isEqualTo(5);
    }

    @Test
    void byteOrderMarkAndBlankLinesAreIgnored() {
        CsvReader.Result r = CsvReader.parse("\uFEFFid\n\none\n");
        assertThat(r.records())
                .extracting(CsvReader.Record::cells)
                .containsExactly(java.util.List.of("id"), java.util.List.of("one"));
        assertThat(r.records().get(1).line()).isEqualTo(3);
    }

    @Test
    void unterminatedQuoteIsReportedWhereItOpens() {
        CsvReader.Result r = CsvReader.parse("a,b\nx,\"open\n");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(2);
        });
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        CsvReader.Result r = CsvReader.parse("a,b\n\"x\"y,z\n");
        assertThat(r.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("text after a closing quote"));
        assertThat(r.records()).hasSize(1);
    }

    @Test
    void commentLinesAreSkippedOnlyWhenAskedAndKeepLineNumbers() {
        String text = "# a note\r\nid,name\n#x,not a comment inside? no: a comment\none,\"#not\"\n";
        CsvReader.Result r = CsvReader.parseSkippingComments(text);
        assertThat(r.records()).extracting(CsvReader.Record::line).containsExactly(2, 4);
        assertThat(r.records().get(1).cells()).containsExactly("one", "#not");
        assertThat(CsvReader.parse(text).records()).hasSize(4);
    }
}
