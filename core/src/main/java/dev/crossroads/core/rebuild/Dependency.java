package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;

/** Asset class {@code before} must be rebuilt before {@code after}, in the same region or nationally. */
public record Dependency(String before, String after, Scope scope, String reason, Provenance provenance) {
    public Dependency {
        Checks.id("before", before);
        Checks.id("after", after);
        if (before.equals(after)) {
            throw new ModelException("after", "asset class " + before + " cannot depend on itself");
        }
        Checks.present("scope", scope);
        reason = Checks.text(reason);
        Checks.present("provenance", provenance);
    }

    public enum Scope {
        REGION,
        NATIONAL
    }
}
