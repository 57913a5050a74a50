package dev.crossroads.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequirementsTest {
    @Test
    void aMissingRequirementSkipsLocallyAndSaysHowToGetIt() {
        assertThatThrownBy(() -> Requirements.assume(false, false, "Chromium", "apt-get install chromium"))
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("TestAbortedException"))
                .hasMessage("skipped: Chromium is missing: apt-get install chromium");
    }

    @Test
    void aMissingRequirementFailsInCi() {
        assertThatThrownBy(() -> Requirements.assume(true, false, "Chromium", "apt-get install chromium"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("Chromium is missing: apt-get install chromium");
    }

    @Test
    void aPresentRequirementLetsTheTestRun() {
        assertThatCode(() -> Requirements.assume(true, true, "Chromium", "-")).doesNotThrowAnyException();
        assertThatCode(() -> Requirements.assume(false, true, "Chromium", "-")).doesNotThrowAnyException();
    }
}
