package dev.crossroads.rebuild.rcpsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PSPLIB single-mode {@code .sm} files: the sections PRECEDENCE RELATIONS (job, modes, successor count,
 * successors), REQUESTS/DURATIONS (job, mode, duration, demand per renewable resource) and RESOURCEAVAILABILITIES.
 */
public final class PsplibReader {
    private PsplibReader() {
    }

    public static RcpspInstance read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static RcpspInstance parse(String name, List<String> lines) {
        int jobs = -1;
        int renewable = -1;
        int horizon = 0;
        List<int[]> successors = new ArrayList<>();
        List<int[]> requests = new ArrayList<>();
        int[] capacities = null;
        String section = "";
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            try {
                if (line.startsWith("jobs (incl. supersource/sink )")) {
                    jobs = Integer.parseInt(after(line));
                } else if (line.startsWith("horizon")) {
                    horizon = Integer.parseInt(after(line));
                } else if (line.startsWith("- renewable")) {
                    renewable = Integer.parseInt(after(line).split("\\s+")[0]);
                } else if (line.startsWith("PRECEDENCE RELATIONS")) {
                    section = "prec";
                    ln++;
                } else if (line.startsWith("REQUESTS/DURATIONS")) {
                    section = "req";
                    ln += 2;
                } else if (line.startsWith("RESOURCEAVAILABILITIES")) {
                    section = "avail";
                    ln++;
                } else if (line.startsWith("***") || line.isEmpty()) {
                    if (line.startsWith("***")) {
                        section = "";
                    }
                } else if (section.equals("prec")) {
                    successors.add(ints(line));
                } else if (section.equals("req")) {
                    requests.add(ints(line));
                } else if (section.equals("avail")) {
                    capacities = ints(line);
                    section = "";
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + (ln + 1) + ": cannot read a number in '" + line + "'");
            }
        }
        if (jobs < 0 || renewable < 0 || capacities == null) {
            throw new IllegalArgumentException(name + ": not a PSPLIB single-mode file (jobs, renewable resources or "
                    + "RESOURCEAVAILABILITIES missing)");
        }
        if (successors.size() != jobs || requests.size() != jobs) {
            throw new IllegalArgumentException(name + ": " + jobs + " jobs declared but " + successors.size()
                    + " precedence rows and " + requests.size() + " request rows found");
        }
        if (capacities.length != renewable) {
            throw new IllegalArgumentException(name + ": " + renewable + " renewable resources declared but " + capacities.length
                    + " availabilities given");
        }
        List<RcpspInstance.Job> list = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            int[] pr = successors.get(j);
            int[] rq = requests.get(j);
            if (pr[0] != j + 1 || rq[0] != j + 1) {
                throw new IllegalArgumentException(name + ": job rows out of order at job " + (j + 1));
            }
            if (pr[1] != 1 || rq[1] != 1) {
                throw new IllegalArgumentException(name + ": job " + (j + 1) + " has several modes; only single-mode .sm files are read");
            }
            int count = pr[2];
            int[] succ = java.util.Arrays.copyOfRange(pr, 3, 3 + count);
            if (rq.length != 3 + renewable) {
                throw new IllegalArgumentException(name + ": job " + (j + 1) + " has " + (rq.length - 3) + " demands for "
                        + renewable + " resources");
            }
            list.add(new RcpspInstance.Job(j + 1, rq[2], java.util.Arrays.copyOfRange(rq, 3, 3 + renewable), succ));
        }
        return new RcpspInstance(name, list, capacities, horizon);
    }

    private static String after(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    private static int[] ints(String line) {
        String[] parts = line.strip().split("\\s+");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Integer.parseInt(parts[i]);
        }
        return v;
    }
}
