package dev.crossroads.rebuild.vrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the CVRPLIB and Solomon readers: any text ends in a problem or a one-line {@link IllegalArgumentException}. */
class InstanceFuzzTest {
    @Provide
    Arbitrary<String> tsplib() {
        return Mutations.of(InstanceReadersTest.TSPLIB);
    }

    @Provide
    Arbitrary<String> solomon() {
        return Mutations.of(InstanceReadersTest.SOLOMON);
    }

    @Property(seed = "14")
    void cvrplib(@ForAll("tsplib") String text) {
        try {
            VrpProblem p = CvrplibReader.parse("fuzz", text);
            assertThat(p.jobs()).isNotEmpty();
        } catch (IllegalArgumentException e) {
            assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        }
    }

    @Property(seed = "14")
    void solomon(@ForAll("solomon") String text) {
        try {
            SolomonReader.parse("fuzz", text);
        } catch (IllegalArgumentException e) {
            assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        }
    }
}
