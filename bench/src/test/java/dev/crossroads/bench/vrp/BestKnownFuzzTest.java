package dev.crossroads.bench.vrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing bks.json: any bytes end in best-known costs or a one-line error naming the file. */
class BestKnownFuzzTest {
    static final String BKS = "{\"C101\": {\"best_known_cost\": 828.94, \"vehicles\": 10},\n"
            + " \"C101_distance\": {\"best_known_cost\": 827.3},\n \"X-n101-k25\": {\"best_known_cost\": 27591}}\n";

    @Provide
    Arbitrary<byte[]> bks() {
        return Mutations.bytesOf(BKS);
    }

    @Property(seed = "14")
    void bestKnown(@ForAll("bks") byte[] bytes) throws IOException {
        Path f = Files.createTempFile("bks", ".json");
        try {
            Files.write(f, bytes);
            BestKnown b = BestKnown.read(f);
            assertThat(b.costs().values()).allSatisfy(v -> assertThat(v).isFinite());
        } catch (IllegalArgumentException e) {
            assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
            assertThat(e.getMessage()).contains(f.toString());
        } finally {
            Files.delete(f);
        }
    }
}
