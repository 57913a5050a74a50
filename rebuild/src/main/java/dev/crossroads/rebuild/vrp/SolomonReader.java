package dev.crossroads.rebuild.vrp;

import dev.crossroads.core.input.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Solomon VRPTW instance (name, VEHICLE NUMBER CAPACITY, then one row per customer with the depot as
 * customer 0: number, x, y, demand, ready time, due date, service time). Distances and travel times are the
 * real-valued Euclidean distances, as the distance-objective best-known values use. The fleet is the stated
 * number of vehicles.
 */
public final class SolomonReader {
    private SolomonReader() {}

    private static final String[] COLUMNS = {
        "customer number", "x", "y", "demand", "ready time", "due date", "service time"
    };

    public static VrpProblem parse(String name, String text) {
        String[] lines = text.split("\r?\n");
        int vehicles = -1;
        int capacity = -1;
        List<double[]> rows = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        int maxNodes = Limits.getInt(Limits.VRP_NODES);
        boolean vehicleNext = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("NUMBER")) {
                vehicleNext = true;
                continue;
            }
            String[] f = line.split("\\s+");
            if (!Character.isDigit(f[0].charAt(0)) && !(vehicleNext || !rows.isEmpty())) {
                continue;
            }
            try {
                if (vehicleNext) {
                    if (f.length < 2) {
                        throw new VrpFormatException(name, i + 1, "expected the number of vehicles and their capacity");
                    }
                    vehicles = Integer.parseInt(f[0]);
                    capacity = Integer.parseInt(f[1]);
                    if (vehicles <= 0 || vehicles > maxNodes || capacity <= 0) {
                        throw new VrpFormatException(
                                name,
                                i + 1,
                                "vehicles " + vehicles + " and capacity " + capacity + " must be positive and at most "
                                        + maxNodes + " vehicles (" + Limits.howToChange(Limits.VRP_NODES) + ")");
                    }
                    vehicleNext = false;
                } else if (f.length == 7) {
                    double[] r = new double[7];
                    for (int c = 0; c < 7; c++) {
                        r[c] = Double.parseDouble(f[c]);
                        if (!Double.isFinite(r[c]) || r[c] < 0 && c != 1 && c != 2 || Math.abs(r[c]) > 1e9) {
                            throw new VrpFormatException(
                                    name,
                                    i + 1,
                                    COLUMNS[c] + " '" + CvrplibReader.clip(f[c])
                                            + "' must be a finite number within ±1e9"
                                            + (c == 1 || c == 2 ? "" : ", not negative"));
                        }
                    }
                    if (r[5] < r[4]) {
                        throw new VrpFormatException(
                                name, i + 1, "the due date " + f[5] + " is before the ready time " + f[4]);
                    }
                    if (r[3] != Math.rint(r[3])) {
                        throw new VrpFormatException(
                                name, i + 1, "demand '" + CvrplibReader.clip(f[3]) + "' must be a whole number");
                    }
                    if (rows.size() >= maxNodes) {
                        throw new VrpFormatException(
                                name,
                                i + 1,
                                "more than " + maxNodes + " customers: " + Limits.howToChange(Limits.VRP_NODES));
                    }
                    rows.add(r);
                    lineOf.add(i + 1);
                } else {
                    throw new VrpFormatException(name, i + 1, "expected 7 numbers, got " + f.length);
                }
            } catch (NumberFormatException e) {
                throw new VrpFormatException(
                        name, i + 1, "not a number: " + CvrplibReader.clip(String.valueOf(e.getMessage())));
            }
        }
        if (vehicles <= 0 || capacity <= 0 || rows.size() < 2) {
            throw new VrpFormatException(name, 0, "needs the VEHICLE section and the depot plus at least one customer");
        }
        int n = rows.size();
        for (int i = 1; i < n; i++) {
            if (rows.get(i)[3] > capacity) {
                throw new VrpFormatException(
                        name,
                        lineOf.get(i),
                        "customer " + (long) rows.get(i)[0] + " demands " + (long) rows.get(i)[3]
                                + ", more than the vehicle capacity " + capacity + ": no vehicle can serve it");
            }
        }
        double[][] d = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                d[a][b] = Math.hypot(rows.get(a)[1] - rows.get(b)[1], rows.get(a)[2] - rows.get(b)[2]);
            }
        }
        double[] depot = rows.get(0);
        List<VrpVehicle> fleet = new ArrayList<>();
        for (int k = 0; k < vehicles; k++) {
            fleet.add(new VrpVehicle("v" + (k + 1), 0, 0, capacity, depot[4], depot[5]));
        }
        List<VrpJob> jobs = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            double[] r = rows.get(i);
            jobs.add(new VrpJob(Integer.toString((int) r[0]), i, (int) r[3], r[4], r[5], r[6]));
        }
        return new VrpProblem(name, d, d, fleet, jobs, false, false, 0, 1000);
    }
}
