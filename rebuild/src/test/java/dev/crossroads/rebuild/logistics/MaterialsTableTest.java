package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.core.pack.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialsTableTest {
    static final Set<String> CLASSES = Set.of("housing", "bridges");
    static final Set<String> SOURCES = Set.of("src-1");
    static final String HEADER = "asset_class,material,tonnes_per_unit,source,confidence,note\n";

    @Test
    void readsRatesWithProvenance() {
        MaterialsTable t = MaterialsTable.parse(
                "m.csv",
                HEADER
                        + "housing,cement,25,,illustrative,\"rule of thumb, not sourced\"\n"
                        + "bridges,steel,300,src-1,reported,\n",
                CLASSES,
                SOURCES);
        assertThat(t.of("housing")).singleElement().satisfies(r -> {
            assertThat(r.tonnesPerUnit()).isEqualTo(25.0);
            assertThat(r.provenance().note()).isEqualTo("rule of thumb, not sourced");
        });
        assertThat(t.materials()).containsExactly("cement", "steel");
    }

    @Test
    void reportsEveryProblemAtFileLineAndColumn() {
        List<Problem> problems = MaterialsTable.problemsOf(
                "m.csv",
                HEADER
                        + "housing,cement,25,,illustrative,\n"
                        + "schools,cement,300,,illustrative,\n"
                        + "housing,steel,\"5,0\",,illustrative,\n"
                        + "housing,cement,30,,illustrative,\n"
                        + "bridges,steel,300,,reported,\n"
                        + "bridges,cement,-1,nope,illustrative,\n"
                        + "bridges,pumps,1,,illustrative\n",
                CLASSES,
                SOURCES);
        assertThat(problems.stream().map(Problem::toString))
                .containsExactly(
                        "m.csv:3:1: unknown asset class 'schools': use one of rebuild/asset-classes.csv",
                        "m.csv:4:3: '5,0' is not a number (no thousands separators; '.' is the decimal point)",
                        "m.csv:5:2: asset class housing lists material cement twice",
                        "m.csv:6:4: this rate has no source: add a source id from sources.csv, or set confidence to illustrative",
                        "m.csv:7:3: tonnes_per_unit must not be negative, got -1.0",
                        "m.csv:7:4: unknown source 'nope': add it to sources.csv or mark the row illustrative",
                        "m.csv:8:6: this row has 5 cells but the header has 6: check for an unquoted comma or a missing cell");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeader() {
        assertThatThrownBy(
                        () -> MaterialsTable.parse("m.csv", "asset_class,material\nhousing,cement\n", CLASSES, SOURCES))
                .isInstanceOf(LogisticsInputException.class)
                .hasMessageContaining("m.csv:1: the header lacks tonnes_per_unit, source, confidence, note");
    }
}
