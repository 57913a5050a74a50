package dev.crossroads.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.app.service.ProgrammeRuns;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.ProgrammeSettings;
import dev.crossroads.rebuild.programme.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 9: one run printed three different "service" percentages. Every service percentage that 'rebuild
 * plan', 'rebuild compare' and 'rebuild runs list' print is the one definition (Service.DEFINITION), recomputed here
 * from the programme and the saved plan.
 */
class ServiceDefinitionTest {
    private static final Pattern PERCENT = Pattern.compile("(-?[0-9]+\\.[0-9])%");

    @Test
    void everyServicePercentagePrintedIsTheOneDefinition(@TempDir Path dir) {
        Path run = dir.resolve("r.json");
        String pack = RebuildCommandTest.minimal().toString();
        CliRun r = CliRun.of(
                "rebuild",
                "plan",
                "--pack",
                pack,
                "--no-progress",
                "--crews",
                "building=1",
                "--seed",
                "3",
                "--save",
                run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Plan plan = ProgrammeRuns.readFile(run).plan();
        RegionPack p = PackOption.load(Path.of(pack));
        Programme prog = RebuildEngine.programme(
                p.rebuild(), ProgrammeSettings.defaults(plan.startYear()).withCrews(java.util.Map.of("building", 1)));
        double[] byYear = Service.percentByYear(prog, plan);
        double atEnd = Service.percentAt(prog, plan, prog.horizonMonths());
        List<Double> allowed = new ArrayList<>();
        for (double v : byYear) {
            allowed.add(v);
        }
        allowed.add(atEnd);
        // the regions' shares are the same definition over each region's packages
        for (Plan.RegionOutcome o : plan.regions()) {
            double total = 0;
            double done = 0;
            for (var w : prog.packages()) {
                if (w.region().equals(o.region())) {
                    total += w.weightedPopulation();
                    for (Plan.PackageOutcome x : plan.packages()) {
                        if (x.id().equals(w.id()) && x.selected() && x.endMonth() <= prog.horizonMonths()) {
                            done += w.weightedPopulation();
                        }
                    }
                }
            }
            assertThat(o.servicePercent()).as(o.region()).isCloseTo(100 * done / total, within(1e-3));
            allowed.add(o.servicePercent());
        }
        assertThat(r.out()).contains(Service.DEFINITION);
        assertThat(r.out()).doesNotContain("of the ceiling").doesNotContain("% of the bound");
        List<String> lines = serviceLines(r.out());
        assertThat(lines).as("the plan prints service percentages").isNotEmpty();
        for (String line : lines) {
            assertPercentsAllowed(line, allowed);
        }
        // the headline gives the share at the end of the horizon
        assertThat(r.out()).containsPattern("Service restored by \\d{4}-\\d{2}: " + Pattern.quote(fmt(atEnd)));

        CliRun c = CliRun.of("rebuild", "compare", run.toString(), run.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        for (String line : c.out().lines().toList()) {
            if (line.matches("^20\\d\\d\\s.*")) {
                assertPercentsAllowed(line, allowed);
            }
        }
    }

    /** The lines of the table output that carry service percentages: the headline, year rows, region rows. */
    private static List<String> serviceLines(String out) {
        List<String> lines = new ArrayList<>();
        boolean regions = false;
        boolean years = false;
        for (String line : out.lines().toList()) {
            if (line.startsWith("Service restored by")) {
                lines.add(line);
            }
            if (line.startsWith("year ") && line.contains("service restored by year end")) {
                years = true;
                continue;
            }
            if (line.startsWith("By region")) {
                regions = true;
                continue;
            }
            if (line.isBlank()) {
                years = false;
                regions = regions && !line.isBlank();
            }
            if ((years && line.matches("^20\\d\\d\\s.*")) || (regions && line.matches("^[A-Z]{2}-\\d{2}.*"))) {
                lines.add(line.replaceAll("\\s[0-9.,]+ (m|bn)\\b", " "));
            }
        }
        return lines;
    }

    private static void assertPercentsAllowed(String line, List<Double> allowed) {
        Matcher m = PERCENT.matcher(line);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            assertThat(allowed.stream().anyMatch(a -> Math.abs(a - v) <= 0.05 + 1e-9))
                    .as("%s%% in '%s' is a service share by the one definition %s", v, line, allowed)
                    .isTrue();
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", v);
    }
}
