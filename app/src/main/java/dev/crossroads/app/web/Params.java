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
    private Params() {
    }

    static Optional<String> string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static String required(Context ctx, String name, String example) {
        return string(ctx, name).orElseThrow(() -> ApiException.badRequest("parameter '" + name
                + "' is required, e.g. " + name + "=" + example));
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
            throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", got " + n);
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
            throw ApiException.badRequest("parameter '" + name + "' must be an ISO 3166-1 alpha-3 code (e.g. AZE, SYR), got '"
                    + value + "'");
        }
        return v;
    }

    /** The request body as a JSON object ({} when empty); 415 unless sent as JSON. */
    static JsonNode jsonBody(Context ctx) {
        String body = ctx.body();
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
