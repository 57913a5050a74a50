package dev.crossroads.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.store.EventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateJobIT {
    @TempDir
    Path tmp;

    @Test
    void dyadDaySeriesAreThePlainJavaSumsOfTheEvents() throws Exception {
        Path file = tmp.resolve("g.CSV");
        Generators.gdelt(file, 20_000, 5);
        List<EventRecord> all = new ArrayList<>(ImportJobIT.oneJvm(Files.readAllLines(file), ImportFilter.ALL));
        Path events = tmp.resolve("events");
        LocalSpark.session()
                .createDataFrame(
                        all.stream()
                                .map(e -> EventRows.event(e, Optional.empty()))
                                .toList(),
                        EventRows.EVENT)
                .write()
                .parquet(events.toString());
        Path out = tmp.resolve("out");
        AggregateJob.Result r = AggregateJob.run(
                LocalSpark.session(),
                new AggregateJob.Options(List.of(events.toString()), out.toString(), false, false));

        Map<String, double[]> expected = new TreeMap<>();
        for (EventRecord e : all) {
            double[] s =
                    expected.computeIfAbsent(e.eventDate() + " " + e.actor1() + " " + e.actor2(), k -> new double[7]);
            s[0]++;
            s[1] += e.weight();
            s[2] += e.goldstein().getAsDouble() * e.weight();
            s[2 + e.quadClass().getAsInt()]++;
        }
        Map<String, String> want = new TreeMap<>();
        expected.forEach((k, s) -> want.put(k, format(s)));
        Map<String, String> got = new TreeMap<>();
        for (Row row : LocalSpark.session()
                .read()
                .parquet(out.resolve("dyad-days").toString())
                .collectAsList()) {
            double[] s = {
                row.<Long>getAs("events"),
                row.<Double>getAs("weight"),
                row.<Double>getAs("goldstein_weighted"),
                row.<Long>getAs("verbal_coop"),
                row.<Long>getAs("material_coop"),
                row.<Long>getAs("verbal_conflict"),
                row.<Long>getAs("material_conflict")
            };
            got.put(row.getAs("event_date") + " " + row.getAs("actor1") + " " + row.getAs("actor2"), format(s));
        }
        assertThat(got).isEqualTo(want);
        assertThat(r.rows()).isEqualTo(want.size());
        assertThat(r.events()).isEqualTo(all.size());
    }

    private static String format(double[] s) {
        return String.format(
                Locale.ROOT, "%.0f %.6f %.6f %.0f %.0f %.0f %.0f", s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
    }
}
