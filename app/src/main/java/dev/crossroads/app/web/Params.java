package dev.crossroads.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads and checks request parameters; a bad one is a 400 naming the parameter and what it should be. */
final class Params {
    private Params() {}

    static Optional<String> string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static String required(Context ctx, String name, String example) {
        return string(ctx, name)
                .orElseThrow(() ->
                        ApiException.badRequest("parameter '" + name + "' is required, e.g. " + name + "=" + example));
    }

    static Optional<Integer> integer(Context ctx, String name, int min, int max) {
        Optional<String> v = string(ctx, name);
        return v.map(s -> integer(name, s, min, max));
    }

    static int integer(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, got '" + value + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(
                    "parameter '" + name + "' must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return string(ctx, name).map(s -> date(name, s));
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    static String iso3(String name, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{3}")) {
            throw ApiException.badRequest(
                    "parameter '" + name + "' must be an ISO 3166-1 alpha-3 code (e.g. AZE, SYR), got '" + value + "'");
        }
        return v;
    }

    /** Request attribute holding the largest body accepted, in bytes (set by the server for every request). */
    static final String MAX_BODY = "crossroads.maxBodyBytes";

    /**
     * The request body as text, read from the stream up to the server's limit whatever the request declares: a
     * chunked body (no Content-Length) is cut off at the limit and refused with 413, not read into memory whole.
     * A body that is not UTF-8 is a 400 naming its line and column.
     */
    static String body(Context ctx) {
        Long max = ctx.attribute(MAX_BODY);
        long limit = max == null ? ServerConfig.DEFAULT_MAX_BODY_BYTES : max;
        byte[] data;
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (java.io.IOException e) {
            throw ApiException.badRequest(
                    "the request body could not be read: " + clip(String.valueOf(e.getMessage())));
        }
        if (data.length > limit) {
            throw new ApiException(
                    413,
                    "the request body is larger than the server accepts (" + limit + " bytes): send a smaller"
                            + " one, e.g. split the articles over several requests");
        }
        try {
            return dev.crossroads.core.input.InputText.decode("the request body", data);
        } catch (dev.crossroads.core.input.InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** At most 80 characters of a value, for messages: a huge value is never echoed back. */
    static String clip(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "... (" + value.length() + " characters)";
    }

    /** The request body as a JSON object ({} when empty); 415 unless sent as JSON. */
    static JsonNode jsonBody(Context ctx) {
        String body = body(ctx);
        if (body.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send the body as JSON with Content-Type: application/json");
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object, e.g. {}");
        }
        return n;
    }
}
