package dev.crossroads.relations.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.relations.RelationsException;
import org.junit.jupiter.api.Test;

class ResourceTableTest {
    @Test
    void commentsAndTheHeaderAreSkippedAndRowsKeepTheirLine() {
        var rows = ResourceTable.parse("t.csv", "# a note, with a comma\ncode,name\n\n01,\"Make, say\"\n", 2);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.cells()).containsExactly("01", "Make, say");
        });
    }

    @Test
    void aRowOfTheWrongWidthOrABrokenQuoteNamesTheTableAndLine() {
        assertThatThrownBy(() -> ResourceTable.parse("t.csv", "code,name\n01,a,b\n", 2))
                .isInstanceOf(RelationsException.class)
                .hasMessage("t.csv:2: expected 2 fields, got 3");
        assertThatThrownBy(() -> ResourceTable.parse("t.csv", "code,name\n01,\"open\n", 2))
                .hasMessageStartingWith("t.csv:2:2: a quoted cell is never closed");
    }

    @Test
    void theShippedTablesRead() {
        assertThat(Cameo.standard().codes()).isNotEmpty().containsKey("036");
        assertThat(ResourceTable.read("/dev/crossroads/relations/gazetteer/states.csv", 4))
                .isNotEmpty();
    }
}
