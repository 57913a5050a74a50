package dev.crossroads.bench.vrp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Best-known costs from a {@code bks.json} of the reference data: {@code {"name": {"best_known_cost": x, ...}}}.
 * For Solomon instances the distance-objective entry {@code NAME_distance} is preferred over the
 * vehicles-first one.
 */
public record BestKnown(Map<String, Double> costs) {
    public BestKnown {
        costs = Map.copyOf(costs);
    }

    public static BestKnown read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": expected a JSON object of instances");
            }
            Map<String, Double> costs = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> entry && entry.get("best_known_cost") instanceof Number n) {
                    costs.put(String.valueOf(e.getKey()), n.doubleValue());
                }
            }
            return new BestKnown(costs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<Double> of(String instance) {
        Double distance = costs.get(instance + "_distance");
        return Optional.ofNullable(distance != null ? distance : costs.get(instance));
    }
}
