package dev.crossroads.core.pack;

import dev.crossroads.core.Checks;
import dev.crossroads.core.model.TieThresholds;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The pack's {@code pack.yaml}: its name, title, the date its facts are as of, the hub state, how ties are read
 * (optional {@code relations:} mapping, {@link TieThresholds#DEFAULT} when absent) and the scenario the Brief shows
 * when none is given (optional {@code defaultScenario:}).
 */
public record PackMeta(
        String name,
        String title,
        LocalDate asOf,
        String description,
        String home,
        TieThresholds tieThresholds,
        Optional<DefaultScenario> defaultScenario) {
    public PackMeta {
        Checks.id("name", name);
        title = Checks.text(title);
        Checks.present("asOf", asOf);
        description = Checks.text(description);
        Checks.iso3("home", home);
        Checks.present("tieThresholds", tieThresholds);
        defaultScenario = defaultScenario == null ? Optional.empty() : defaultScenario;
    }

    /** A pack.yaml without a {@code defaultScenario:} mapping. */
    public PackMeta(
            String name, String title, LocalDate asOf, String description, String home, TieThresholds tieThresholds) {
        this(name, title, asOf, description, home, tieThresholds, Optional.empty());
    }

    /** A pack.yaml without a {@code relations:} mapping: the default tie thresholds. */
    public PackMeta(String name, String title, LocalDate asOf, String description, String home) {
        this(name, title, asOf, description, home, TieThresholds.DEFAULT);
    }
}
