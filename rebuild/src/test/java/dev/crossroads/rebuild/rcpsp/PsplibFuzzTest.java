package dev.crossroads.rebuild.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.fuzz.Mutations;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the PSPLIB reader: any text ends in an instance or a one-line {@link IllegalArgumentException}. */
class PsplibFuzzTest {
    @Provide
    Arbitrary<String> sm() {
        return Mutations.of(PsplibReaderTest.SMALL);
    }

    @Property(seed = "14")
    void psplib(@ForAll("sm") String text) {
        try {
            RcpspInstance inst = PsplibReader.parse("fuzz.sm", List.of(text.split("\n")));
            // what the solver is given must be sane: a horizon that fits, no self-loop
            assertThat(inst.toProblem()).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(Mutations.oneLine(e.getMessage())).as(e.getMessage()).isTrue();
        }
    }
}
