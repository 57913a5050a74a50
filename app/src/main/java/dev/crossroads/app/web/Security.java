package dev.crossroads.app.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks run before every request: security headers, the Host header of a loopback server (against DNS
 * rebinding), the bearer token when one is set, cross-origin writes, and the body size.
 */
final class Security {
    static final String COOKIE = "crossroads_token";
    /** Scripts and styles only from the server itself; no inline script, no framing, no plugins. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final ServerConfig config;
    private final boolean loopback;

    Security(ServerConfig config) {
        this.config = config;
        this.loopback = ServerConfig.isLoopback(config.bind());
    }

    /** The security headers every response carries, also Jetty's own error responses. */
    static void headers(java.util.function.BiConsumer<String, String> put) {
        put.accept("Content-Security-Policy", CSP);
        put.accept("X-Content-Type-Options", "nosniff");
        put.accept("X-Frame-Options", "DENY");
        put.accept("Referrer-Policy", "no-referrer");
    }

    void check(Context ctx) {
        headers(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        if (loopback) {
            checkHost(ctx);
        }
        if (config.token().isPresent()) {
            checkToken(ctx, config.token().get());
        }
        if (ctx.method() != HandlerType.GET
                && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS) {
            checkOrigin(ctx);
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxBodyBytes()) {
            throw new ApiException(
                    413,
                    "the request body has " + length + " bytes; this server accepts at most " + config.maxBodyBytes());
        }
    }

    /** A page elsewhere that rebinds its own name to 127.0.0.1 sends its own name as Host: refuse it. */
    private void checkHost(Context ctx) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        String name = host.startsWith("[")
                ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        if (!(name.equalsIgnoreCase("localhost") || ServerConfig.isLoopback(name) || name.equals(config.bind()))) {
            throw new ApiException(
                    403, "this server answers only requests addressed to localhost or 127.0.0.1, not '" + name + "'");
        }
    }

    private void checkToken(Context ctx, String token) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (auth.regionMatches(true, 0, "Bearer ", 0, 7)
                && same(auth.substring(7).strip(), token)) {
            return;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && same(cookie, token)) {
            return;
        }
        String query = ctx.queryParam("token");
        if (query != null && same(query, token) && ctx.method() == HandlerType.GET) {
            // the URL printed at start: keep the token in a cookie the browser sends back, and drop it from the URL
            ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            ctx.redirect(ctx.path());
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"crossroads\"");
        throw new ApiException(
                401,
                "this server needs its token: send 'Authorization: Bearer TOKEN', or open the URL "
                        + "printed by 'crossroads serve' (it ends in ?token=...)");
    }

    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        String originHost;
        try {
            URI u = URI.create(origin);
            originHost = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            originHost = "";
        }
        if (originHost == null || !originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
            throw new ApiException(
                    403,
                    "cross-origin " + ctx.method() + " refused: this API takes writes only from its " + "own pages");
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
