package dev.crossroads.bench.vrp;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.core.input.InputException;
import dev.crossroads.core.input.InputText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Best-known costs from a {@code bks.json} of the reference data: {@code {"name": {"best_known_cost": x, ...}}}.
 * For Solomon instances the distance-objective entry {@code NAME_distance} is preferred over the
 * vehicles-first one.
 */
public record BestKnown(Map<String, Double> costs) {
    public BestKnown {
        costs = Map.copyOf(costs);
    }

    /**
     * Reads {@code file} as JSON (UTF-8, within {@link dev.crossroads.core.input.Limits#FILE_BYTES}); a file that
     * is not a JSON object of instances is refused with one line naming the file, line and column.
     */
    public static BestKnown read(Path file) {
        String text = InputText.read(file);
        JsonNode root;
        try {
            root = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(
                    file + ": expected a JSON object of instances, {\"NAME\": {\"best_known_cost\": X}, ...}");
        }
        Map<String, Double> costs = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            JsonNode cost = e.getValue().path("best_known_cost");
            if (cost.isNumber() && Double.isFinite(cost.asDouble())) {
                costs.put(e.getKey(), cost.asDouble());
            }
        });
        return new BestKnown(costs);
    }

    private static String firstLine(String m) {
        String s = m == null ? "" : m.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

    public Optional<Double> of(String instance) {
        Double distance = costs.get(instance + "_distance");
        return Optional.ofNullable(distance != null ? distance : costs.get(instance));
    }
}
