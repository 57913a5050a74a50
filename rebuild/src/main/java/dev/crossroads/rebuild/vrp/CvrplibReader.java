package dev.crossroads.rebuild.vrp;

import dev.crossroads.core.input.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CVRPLIB instance in TSPLIB format ({@code .vrp}: EUC_2D coordinates, CAPACITY, DEMAND_SECTION,
 * DEPOT_SECTION). Distances are TSPLIB's {@code nint} of the Euclidean distance, as the published costs use.
 * The fleet is unlimited (the {@code -kK} in the name is the minimum number of vehicles, not a limit).
 * Refused with a {@link VrpFormatException} naming the line: more nodes than {@link Limits#VRP_NODES}, short or
 * non-finite coordinate lines, negative demands or demands above the capacity, a file cut short.
 */
public final class CvrplibReader {
    private static final Pattern MIN_VEHICLES = Pattern.compile("-k(\\d+)");

    private CvrplibReader() {}

    public static VrpProblem parse(String name, String text) {
        String[] lines = text.split("\r?\n");
        int dimension = -1;
        int capacity = -1;
        double[][] xy = null;
        int[] demand = null;
        int depot = -1;
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            if (line.contains(":") && !Character.isDigit(line.charAt(0)) && !line.startsWith("-")) {
                String key = line.substring(0, line.indexOf(':')).trim().toUpperCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).trim();
                switch (key) {
                    case "DIMENSION" -> {
                        if (dimension >= 0) {
                            throw new VrpFormatException(name, lineNo, "DIMENSION is given twice");
                        }
                        dimension = integer(name, lineNo, value);
                        int max = Limits.getInt(Limits.VRP_NODES);
                        if (dimension < 2) {
                            throw new VrpFormatException(
                                    name,
                                    lineNo,
                                    "DIMENSION " + dimension + " must be at least 2 (a depot and a customer)");
                        }
                        if (dimension > max) {
                            throw new VrpFormatException(
                                    name,
                                    lineNo,
                                    "DIMENSION " + dimension + " is above the node limit: "
                                            + Limits.howToChange(Limits.VRP_NODES));
                        }
                        xy = new double[dimension][];
                        demand = new int[dimension];
                    }
                    case "CAPACITY" -> capacity = integer(name, lineNo, value);
                    case "EDGE_WEIGHT_TYPE" -> {
                        if (!value.equals("EUC_2D")) {
                            throw new VrpFormatException(
                                    name,
                                    lineNo,
                                    "EDGE_WEIGHT_TYPE " + clip(value) + " is not supported (only EUC_2D)");
                        }
                    }
                    default -> {}
                }
                section = "";
                continue;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.endsWith("_SECTION") || upper.equals("EOF")) {
                section = upper;
                if (!upper.equals("EOF") && dimension < 0) {
                    throw new VrpFormatException(name, lineNo, "a section before DIMENSION");
                }
                continue;
            }
            String[] f = line.split("\\s+");
            switch (section) {
                case "NODE_COORD_SECTION" -> {
                    fields(name, lineNo, f, 3, "node x y");
                    int id = index(name, lineNo, f[0], dimension);
                    xy[id] = new double[] {number(name, lineNo, f[1]), number(name, lineNo, f[2])};
                }
                case "DEMAND_SECTION" -> {
                    fields(name, lineNo, f, 2, "node demand");
                    int id = index(name, lineNo, f[0], dimension);
                    int q = integer(name, lineNo, f[1]);
                    if (q < 0) {
                        throw new VrpFormatException(
                                name, lineNo, "demand " + q + " of node " + (id + 1) + " is negative");
                    }
                    demand[id] = q;
                }
                case "DEPOT_SECTION" -> {
                    int v = integer(name, lineNo, f[0]);
                    if (v > dimension) {
                        throw new VrpFormatException(name, lineNo, "depot " + v + " outside 1.." + dimension);
                    }
                    if (v > 0 && depot < 0) {
                        depot = v - 1;
                    }
                }
                default -> throw new VrpFormatException(name, lineNo, "unexpected line '" + clip(line) + "'");
            }
        }
        if (dimension < 0 || capacity <= 0) {
            throw new VrpFormatException(name, 0, "DIMENSION and a positive CAPACITY are required");
        }
        for (int i = 0; i < dimension; i++) {
            if (xy[i] == null) {
                throw new VrpFormatException(
                        name, 0, "node " + (i + 1) + " has no coordinates (is the file cut short?)");
            }
            if (demand[i] > capacity) {
                throw new VrpFormatException(
                        name,
                        0,
                        "node " + (i + 1) + " demands " + demand[i] + ", more than the vehicle capacity " + capacity
                                + ": no vehicle can serve it");
            }
        }
        if (depot < 0) {
            depot = 0;
        }
        double[][] d = new double[dimension][dimension];
        for (int a = 0; a < dimension; a++) {
            for (int b = 0; b < dimension; b++) {
                d[a][b] = Math.floor(Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]) + 0.5);
            }
        }
        List<VrpJob> jobs = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < dimension; i++) {
            if (i != depot) {
                jobs.add(VrpJob.untimed(Integer.toString(i + 1), i, demand[i]));
                total += demand[i];
            }
        }
        Matcher m = MIN_VEHICLES.matcher(name);
        // the -kK of the name, or the demand over the capacity; never more vehicles than customers
        long wanted = m.find() && m.group(1).length() < 10
                ? Long.parseLong(m.group(1))
                : (long) Math.ceil((double) total / capacity);
        int minVehicles = (int) Math.max(1, Math.min(jobs.size(), wanted));
        // OR-Tools needs an explicit fleet: the minimum plus a margin (best-known solutions use at most a few more)
        int fleet = Math.max(minVehicles + 2, (int) Math.ceil(minVehicles * 1.1));
        List<VrpVehicle> vehicles = new ArrayList<>();
        for (int k = 0; k < fleet; k++) {
            vehicles.add(VrpVehicle.untimed("v" + (k + 1), depot, capacity));
        }
        return new VrpProblem(name, d, d, vehicles, jobs, true, false, 0, 1);
    }

    /**
     * The instance with exactly the {@code k} vehicles its name states ({@code -kK}), not unlimited: the
     * convention of the classic Augerat best-known costs (A, B, P), which use K routes; the X best-known costs
     * allow any number. Unchanged when the name states no K.
     */
    public static VrpProblem withFleetOfName(VrpProblem p) {
        Matcher m = MIN_VEHICLES.matcher(p.name());
        if (!m.find()) {
            return p;
        }
        int k = Integer.parseInt(m.group(1));
        List<VrpVehicle> vehicles = new ArrayList<>();
        VrpVehicle like = p.vehicles().get(0);
        for (int i = 0; i < k; i++) {
            vehicles.add(new VrpVehicle(
                    "v" + (i + 1), like.start(), like.end(), like.capacity(), like.earliestStart(), like.latestEnd()));
        }
        return new VrpProblem(
                p.name(),
                p.distance(),
                p.travelTime(),
                vehicles,
                p.jobs(),
                false,
                p.allowUnassigned(),
                p.unassignedPenalty(),
                p.distanceScale());
    }

    private static void fields(String file, int line, String[] f, int n, String expected) {
        if (f.length < n) {
            throw new VrpFormatException(file, line, "expected " + n + " fields (" + expected + "), got " + f.length);
        }
    }

    private static int index(String file, int line, String s, int dimension) {
        int i = integer(file, line, s) - 1;
        if (i < 0 || i >= dimension) {
            throw new VrpFormatException(file, line, "node " + clip(s) + " outside 1.." + dimension);
        }
        return i;
    }

    private static int integer(String file, int line, String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new VrpFormatException(
                    file, line, "'" + clip(s) + "' is not a whole number (at most " + Integer.MAX_VALUE + ")");
        }
    }

    private static double number(String file, int line, String s) {
        double v;
        try {
            v = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new VrpFormatException(file, line, "'" + clip(s) + "' is not a number");
        }
        if (!Double.isFinite(v) || Math.abs(v) > 1e9) {
            throw new VrpFormatException(file, line, "'" + clip(s) + "' is not a finite coordinate within ±1e9");
        }
        return v;
    }

    /** At most 40 characters of {@code s}, for messages. */
    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
