package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table reader other modules use for their CSV input: problems at file:line:column, never thrown. */
class CsvTableTest {
    @Test
    void rowsCollectEveryProblemWithTheirPlace() {
        CsvTable t = CsvTable.parse(
                "fleet.csv",
                "id,capacity,colour\na,25,red\nb,1e999,blue\nc,\"2,5\",green\nd\n",
                List.of("id", "capacity"));
        List<Double> caps = t.rows().stream()
                .map(r -> r.number("capacity"))
                .filter(x -> x > 0)
                .toList();
        assertThat(caps).containsExactly(25.0);
        assertThat(t.rows()).extracting(CsvTable.Row::broken).containsExactly(false, true, true);
        assertThat(t.errors())
                .extracting(Problem::toString)
                .containsExactly(
                        "fleet.csv:3:2: '1e999' is too large a number",
                        "fleet.csv:4:2: '2,5' is not a number (no thousands separators; '.' is the decimal point)",
                        "fleet.csv:5:2: this row has 1 cells but the header has 3: check for an unquoted comma or a"
                                + " missing cell");
        assertThat(t.problems())
                .extracting(Problem::toString)
                .contains("fleet.csv:1:3: warning: column 'colour' is not part of the format and is ignored");
    }

    @Test
    void aMissingColumnIsOneErrorOnTheHeaderAndNoRows() {
        CsvTable t = CsvTable.parse("m.csv", "a\n1\n", List.of("a", "b", "c"));
        assertThat(t.rows()).isEmpty();
        assertThat(t.errors())
                .extracting(Problem::toString)
                .containsExactly("m.csv:1: the header lacks columns b, c; expected a,b,c");
    }
}
