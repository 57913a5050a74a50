package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesTest {
    @TempDir
    Path tmp;

    @Test
    void distanceIsTheEditDistance() {
        assertThat(References.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(References.distance("", "abc")).isEqualTo(3);
        assertThat(References.distance("same", "same")).isZero();
    }

    @Test
    void suggestsOnlyANearId() {
        assertThat(References.suggestion("SYy", Set.of("SYR", "TUR"))).isEqualTo(" (did you mean 'SYR'?)");
        assertThat(References.suggestion("kilis-aleppo", Set.of("SYR", "TUR"))).isEmpty();
        assertThat(References.suggestion("x", Set.of())).isEmpty();
    }

    @Test
    void duplicatesNameTheFirstLineAndUnknownIdsTheirFile() throws Exception {
        PackDir d = new PackDir(tmp)
                .with(
                        "gas/fields.csv",
                        "id,name,country,node,source,confidence,note\n"
                                + "fa,A,AAA,n,,illustrative,\n"
                                + "fa,A2,AAA,n,,illustrative,\n"
                                + "fb,B,AAB,n,,illustrative,\n");
        LoadContext ctx = d.context();
        List<String[]> rows =
                ctx.read("gas/fields.csv", r -> Optional.of(new String[] {r.text("id"), r.text("country")}));
        References refs = new References(ctx);
        assertThat(refs.unique(rows, x -> x[0], "id", "field")).containsExactlyInAnyOrder("fa", "fb");
        rows.forEach(x -> refs.ref(x, "country", x[1], Set.of("AAA"), "countries.csv"));
        assertThat(d.problems())
                .containsExactly(
                        "gas/fields.csv:3:1: duplicate field fa: already defined on line 2",
                        "gas/fields.csv:4:3: unknown country 'AAB': not defined in countries.csv (did you mean 'AAA'?)");
    }
}
