package dev.crossroads.rebuild.vrp;

import java.util.List;
import java.util.Locale;

/** The solvers by name: {@code ortools}, {@code jsprit}, {@code portfolio} (the default). */
public final class VrpSolvers {
    public static final List<String> NAMES = List.of("portfolio", "ortools", "jsprit");

    private VrpSolvers() {
    }

    public static VrpSolver byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "portfolio" -> new PortfolioVrpSolver();
            case "ortools" -> new OrToolsVrpSolver();
            case "jsprit" -> new JspritVrpSolver();
            default -> throw new IllegalArgumentException("unknown solver '" + name + "': use one of " + String.join(", ", NAMES));
        };
    }
}
