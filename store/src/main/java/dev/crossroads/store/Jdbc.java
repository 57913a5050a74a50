package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Small helpers to bind and read the column types the schema uses, portably. */
final class Jdbc {
    private Jdbc() {}

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Fixed-width UTC text, so that text order is time order. */
    static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    static Instant micros(Instant instant) {
        return Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MICROS);
    }

    static void set(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(i, value.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    static void set(PreparedStatement ps, int i, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(i, value.getAsInt());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    static void set(PreparedStatement ps, int i, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            ps.setDouble(i, value.getAsDouble());
        } else {
            ps.setNull(i, Types.DOUBLE);
        }
    }

    static Optional<String> optText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static OptionalInt optInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    static OptionalDouble optDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.parse(rs.getString(column));
    }

    static Optional<Instant> optInstant(ResultSet rs, String column) throws SQLException {
        return optText(rs, column).map(Instant::parse);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return LocalDate.parse(rs.getString(column));
    }

    static Optional<LocalDate> optDate(ResultSet rs, String column) throws SQLException {
        return optText(rs, column).map(LocalDate::parse);
    }

    /** Throws {@link IllegalArgumentException} unless {@code json} is well-formed JSON. */
    static String requireJson(String what, String json) {
        Objects.requireNonNull(json, what);
        try {
            if (JSON.readTree(json).isMissingNode()) {
                throw new IllegalArgumentException(what + " is not valid JSON: it is empty");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return json;
    }

    static String requireText(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Whether {@code sql} with the single parameter {@code key} returns a row. */
    static boolean exists(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
