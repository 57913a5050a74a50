package dev.crossroads.rebuild.vrp;

import java.util.List;
import java.util.Locale;

/** The solvers by name: {@code ortools}, {@code jsprit}, {@code portfolio} (the logistics planner's default: the two libraries
 * racing on two cores), {@code seeded} (one thread: one library's result seeds the other), {@code hgs} (our hybrid
 * genetic search for the CVRP and the VRPTW; problems it does not model go to the portfolio). */
public final class VrpSolvers {
    public static final List<String> NAMES = List.of("portfolio", "ortools", "jsprit", "seeded", "hgs");

    private VrpSolvers() {}

    public static VrpSolver byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "portfolio" -> new PortfolioVrpSolver();
            case "ortools" -> new OrToolsVrpSolver();
            case "jsprit" -> new JspritVrpSolver();
            case "seeded" -> new SeededVrpSolver();
            case "hgs" -> new dev.crossroads.rebuild.vrp.hgs.HgsVrpSolver();
            default ->
                throw new IllegalArgumentException(
                        "unknown solver '" + name + "': use one of " + String.join(", ", NAMES));
        };
    }
}
