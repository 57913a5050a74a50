package dev.crossroads.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.ServiceException;
import dev.crossroads.app.web.jobs.JobService;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Crossroads HTTP server: the JSON API under {@code /api} and the web workbench (static pages from the
 * jar). Build it, {@link #start()} it, {@link #close()} it.
 *
 * <pre>{@code
 * try (WebServer s = new WebServer(ServerConfig.local(0), pack, store, jobs, "dev", System.err)) {
 *   int port = s.start();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    static final String JSON = "application/json; charset=utf-8";
    private static final int JOB_LIST_LIMIT = 50;

    private final ServerConfig config;
    private final PackData pack;
    private final JobService jobs;
    private final Store store;
    private final String version;
    private final PrintStream log;
    private final byte[] openApi;
    private final Javalin app;

    public WebServer(
            ServerConfig config, RegionPack pack, Store store, JobService jobs, String version, PrintStream log) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.pack = new PackData(pack);
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.version = Objects.requireNonNull(version, "version");
        this.log = Objects.requireNonNull(log, "log");
        this.openApi = resource("/web/openapi.json");
        this.app = build();
    }

    private Javalin build() {
        Security security = new Security(config);
        Javalin j = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true; // a known path with the wrong method is 405, not 404
            // Jetty answers malformed requests (400, 414 URI too long, 431 headers too large) before any handler
            // runs: its error handler adds the same security headers and shows no servlet or stack
            c.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
            c.http.defaultContentType = JSON;
            c.jetty.defaultHost = config.bind();
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        j.before(ctx -> ctx.attribute(Params.MAX_BODY, config.maxBodyBytes()));
        j.before(security::check);
        j.after(ctx -> {
            // Jetty's static file service can announce "charset=null"; our text assets are UTF-8
            String type = ctx.res().getContentType();
            if (type != null && type.contains("charset=null")) {
                ctx.res().setContentType(type.replace("charset=null", "charset=utf-8"));
            }
        });
        j.get("/api/health", this::health);
        j.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
        j.get("/api/docs", ctx -> ctx.redirect("/api-docs.html"));
        j.get("/api/pack", ctx -> ctx.contentType(JSON).result(pack.summary()));
        j.get("/api/pack/{section}", ctx -> ctx.contentType(JSON).result(pack.section(ctx.pathParam("section"))));
        j.get("/api/jobs", this::listJobs);
        j.post("/api/jobs/kinds/{kind}", this::submitJob);
        j.post("/api/jobs/{kind}", this::submitJob); // the old path: same template as GET /api/jobs/{id}, undocumented
        j.get("/api/jobs/{id}", ctx -> json(ctx, 200, jobs.get(ctx.pathParam("id"))));
        j.delete("/api/jobs/{id}", ctx -> json(ctx, 200, jobs.cancel(ctx.pathParam("id"))));
        new EnergyApi(pack.pack()).register(j);
        new RebuildApi(pack.pack()).register(j, jobs);
        RelationsApi relations = new RelationsApi(pack.pack(), java.util.Optional.of(store));
        relations.register(j);
        dev.crossroads.app.service.ScenarioRuns scenarios = new dev.crossroads.app.service.ScenarioRuns(
                pack.pack(), java.util.Optional.of(store), java.time.Clock.systemUTC());
        new BriefApi(pack.pack(), relations::engine, scenarios.basePlans(false)).register(j);
        new ScenarioApi(pack.pack(), store, relations::engine).register(j);
        new IngestApi(pack.pack(), store, relations).register(j);

        j.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        j.exception(ServiceException.class, (e, ctx) -> error(ctx, e.kind().httpStatus(), e.getMessage()));
        j.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(e)));
        j.exception(Exception.class, (e, ctx) -> {
            log.println("internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace(log);
            error(
                    ctx,
                    500,
                    "internal error while answering " + ctx.method() + " " + ctx.path()
                            + "; the server log has the details: please report it");
        });
        j.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                error(
                        ctx,
                        404,
                        "nothing at " + ctx.method() + " " + ctx.path()
                                + ": the API is described at /api/openapi.json, the pages start at /");
            }
        });
        j.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + Params.clip(ctx.path())));
        return j;
    }

    /** "METHOD /path" of every API route, for the test that holds them against the OpenAPI document. */
    java.util.List<String> apiRoutes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint().getMethod() + " " + e.getEndpoint().getPath())
                .filter(r -> r.contains(" /api/"))
                .toList();
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the request body is too large; send a smaller one";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage();
        };
    }

    private void health(Context ctx) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        h.put("version", version);
        h.put("pack", pack.pack().meta().name());
        h.put("asOf", pack.pack().meta().asOf());
        h.put("jobKinds", jobs.kinds().keySet());
        json(ctx, 200, h);
    }

    private void listJobs(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kinds", jobs.kinds());
        int limit = pageParam(ctx, "limit", JOB_LIST_LIMIT, 1, 500);
        int offset = pageParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        m.put("total", jobs.count());
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("jobs", jobs.list(limit, offset));
        json(ctx, 200, m);
    }

    private static int pageParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiException.badRequest("query parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", got '" + Params.clip(v) + "'");
    }

    private void submitJob(Context ctx) {
        JsonNode params = Json.MAPPER.createObjectNode();
        String body = Params.body(ctx);
        if (!body.isBlank()) {
            String type = ctx.contentType() == null ? "" : ctx.contentType();
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new ApiException(415, "send the job parameters as JSON with Content-Type: application/json");
            }
            try {
                params = Json.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
            }
            if (!params.isObject()) {
                throw ApiException.badRequest("the job parameters must be a JSON object, e.g. {}");
            }
        }
        var view = jobs.submit(ctx.pathParam("kind"), params);
        ctx.header("Location", "/api/jobs/" + view.id());
        json(ctx, 202, view);
    }

    /** Jetty's error handler for requests it refuses itself, with our security headers and a terse body. */
    static final class SecureErrorHandler extends org.eclipse.jetty.server.handler.ErrorHandler {
        SecureErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        public java.nio.ByteBuffer badMessageError(
                int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
            Security.headers(fields::put);
            fields.put("Content-Type", JSON);
            String body = "{\"error\":\"the request was refused as malformed (" + status
                    + "): check its URL, headers and body\"," + "\"status\":" + status + "}";
            return java.nio.ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType(JSON).result(Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    /** Longest error message sent: a message that quotes a huge value is cut, never echoed whole. */
    static final int MAX_ERROR_CHARS = 600;

    static void error(Context ctx, int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "error",
                message.length() <= MAX_ERROR_CHARS
                        ? message
                        : message.substring(0, MAX_ERROR_CHARS) + "... (message cut at " + MAX_ERROR_CHARS
                                + " characters)");
        m.put("status", status);
        json(ctx, status, m);
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar: rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening and returns the port (useful when the configured port is 0). */
    public int start() {
        app.start(config.bind(), config.port());
        return app.port();
    }

    public int port() {
        return app.port();
    }

    /** The address a browser on this machine opens, with the token when one is needed. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + app.port() + "/"
                + config.token().map(t -> "?token=" + t).orElse("");
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }
}
