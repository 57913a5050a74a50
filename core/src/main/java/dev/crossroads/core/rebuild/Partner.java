package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.List;

/** A partner (state, fund, agency) that can take on work of the listed asset classes. */
public record Partner(String id, String name, String country, List<String> capabilities, Provenance provenance) {
    public Partner {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        capabilities = Checks.list("capabilities", capabilities);
        Checks.present("provenance", provenance);
    }
}
