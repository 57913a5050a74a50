package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackFormatTest {
    @Test
    void everyFactFileEndsInTheProvenanceColumns() {
        PackFormat.FILES.forEach((file, cols) -> {
            if (!file.equals("sources.csv")) {
                assertThat(cols.subList(cols.size() - 3, cols.size()))
                        .as(file)
                        .containsExactly("source", "confidence", "note");
            }
        });
    }

    @Test
    void theRequiredFilesAndOptionalColumnsBelongToTheFormat() {
        assertThat(PackFormat.FILES).containsKeys(PackFormat.REQUIRED_FILES.toArray(String[]::new));
        PackFormat.OPTIONAL_COLUMNS.forEach((file, cols) -> {
            assertThat(PackFormat.FILES).containsKey(file);
            assertThat(PackFormat.columns(file)).doesNotContainAnyElementsOf(cols);
        });
        assertThat(PackFormat.optionalColumns("gas/nodes.csv")).isEmpty();
    }

    @Test
    void publicFormatIsTheSameTableAndReadOnly() {
        assertThat(PackLoader.format()).isEqualTo(PackFormat.FILES);
        assertThatThrownBy(() -> PackLoader.format().put("x.csv", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PackFormat.columns("nope.csv")).hasMessageContaining("not a pack file");
    }
}
