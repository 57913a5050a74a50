package dev.crossroads.relations.extract;

import dev.crossroads.relations.RelationsException;
import java.util.Optional;

/**
 * One CAMEO event code with its Goldstein score (-10 war ... +10 alliance), quad class (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and PLOVER type and mode.
 */
public record CameoCode(
        String code,
        String name,
        double goldstein,
        int quadClass,
        Optional<String> plover,
        Optional<String> ploverMode) {
    public CameoCode {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new RelationsException("'" + code + "' is not a CAMEO code (2 to 4 digits)");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new RelationsException("Goldstein score of " + code + " must lie in [-10, 10], got " + goldstein);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new RelationsException("quad class of " + code + " must be 1..4, got " + quadClass);
        }
        plover = plover.filter(p -> !p.isBlank());
        ploverMode = ploverMode.filter(p -> !p.isBlank());
    }

    /** The two-digit root (e.g. {@code 19} for {@code 195}). */
    public String root() {
        return code.substring(0, 2);
    }
}
