package dev.crossroads.core.pack;

import dev.crossroads.core.Checks;
import java.time.LocalDate;

/** The pack's {@code pack.yaml}: its name, title, the date its facts are as of, and the hub state. */
public record PackMeta(String name, String title, LocalDate asOf, String description, String home) {
    public PackMeta {
        Checks.id("name", name);
        title = Checks.text(title);
        Checks.present("asOf", asOf);
        description = Checks.text(description);
        Checks.iso3("home", home);
    }
}
