package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.rebuild.RebuildInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table is the pack's rates (validated by the pack loader, see core's malformed packs materials-*). */
class MaterialsTableTest {
    private static final Provenance P = Provenance.illustrative("");

    @Test
    void readsTheRatesOfThePack() {
        RebuildInputs in = new RebuildInputs(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new MaterialRate("housing", "steel", 5, P),
                        new MaterialRate("housing", "cement", 25, P),
                        new MaterialRate("bridges", "steel", 300, P)));
        MaterialsTable t = MaterialsTable.of(in).orElseThrow();
        assertThat(t.of("housing")).extracting(MaterialRate::material).containsExactly("steel", "cement");
        assertThat(t.materials()).containsExactly("cement", "steel");
    }

    @Test
    void aPackWithoutRatesHasNoTable() {
        assertThat(MaterialsTable.of(RebuildInputs.empty())).isEmpty();
    }
}
