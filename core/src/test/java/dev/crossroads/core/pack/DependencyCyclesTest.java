package dev.crossroads.core.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyCyclesTest {
    @TempDir
    Path tmp;

    private PackDir deps(String rows) throws Exception {
        return new PackDir(tmp)
                .with("rebuild/dependencies.csv", "before,after,scope,reason,source,confidence,note\n" + rows);
    }

    @Test
    void aCycleIsReportedOnceOnTheRowThatClosesIt() throws Exception {
        PackDir d = deps("a,b,region,,,illustrative,\nb,c,region,,,illustrative,\nc,a,region,,,illustrative,\n");
        LoadContext ctx = d.context();
        DependencyCycles.check(RebuildRows.read(ctx).dependencies(), ctx);
        assertThat(d.problems())
                .containsExactly("rebuild/dependencies.csv:4:2: dependency cycle: a -> b -> c -> a: remove one of these"
                        + " rows so that the order can be satisfied");
    }

    @Test
    void aDiamondIsNoCycle() throws Exception {
        PackDir d = deps("a,b,region,,,illustrative,\na,c,region,,,illustrative,\nb,d,region,,,illustrative,\n"
                + "c,d,region,,,illustrative,\n");
        LoadContext ctx = d.context();
        DependencyCycles.check(RebuildRows.read(ctx).dependencies(), ctx);
        assertThat(d.problems()).isEmpty();
    }
}
