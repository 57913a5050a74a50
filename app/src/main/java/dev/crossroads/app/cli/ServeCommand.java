package dev.crossroads.app.cli;

import dev.crossroads.app.web.JobKinds;
import dev.crossroads.app.web.ServerConfig;
import dev.crossroads.app.web.WebServer;
import dev.crossroads.app.web.jobs.JobService;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.Store;
import dev.crossroads.store.StoreException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads serve}: the HTTP API and the web workbench. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API and the web workbench until stopped (Ctrl-C).",
                "Bound to 127.0.0.1 by default; bound to any other address it requires a bearer token."})
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    static final String ENV_TOKEN = "CROSSROADS_TOKEN";

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = ServerConfig.DEFAULT_BIND, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs a token.")
    String bind;

    @Option(names = "--db", paramLabel = "URL",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: $CROSSROADS_DB or ~/.crossroads/crossroads.db).")
    String db;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token clients must send (default: $" + ENV_TOKEN + "; generated when bound beyond loopback).")
    String token;

    @Option(names = "--job-threads", paramLabel = "N", description = "Jobs run at once (default: cores, at most 4).")
    Integer jobThreads;

    @Mixin
    PackOption pack;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        RegionPack p = pack.load();
        Optional<String> tok = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv(ENV_TOKEN)))
                .filter(s -> !s.isBlank());
        if (tok.isEmpty() && !ServerConfig.isLoopback(bind)) {
            tok = Optional.of(newToken());
        }
        ServerConfig config;
        try {
            config = new ServerConfig(bind, port, tok, ServerConfig.DEFAULT_MAX_BODY_BYTES,
                    jobThreads != null ? jobThreads : ServerConfig.defaultJobThreads(), 16);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), 2);
        }
        Store store;
        PackStoring.Outcome saved;
        try {
            store = Store.open(db != null ? db : Store.defaultUrl());
            saved = PackStoring.store(p, pack.dir(), store, java.time.Clock.systemUTC());
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        JobService jobs = new JobService(store.runs(), JobKinds.forPack(p, pack.dir()), config.jobThreads(), config.jobQueue());
        WebServer server = new WebServer(config, p, store, jobs, version(), System.err);
        try {
            server.start();
        } catch (RuntimeException e) {
            jobs.close();
            store.close();
            throw new UserException("cannot listen on " + bind + ":" + port + " (" + rootMessage(e)
                    + "): is another server using the port? Pick another with --port.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "crossroads-shutdown"));
        out.printf(java.util.Locale.ROOT, "pack %s (%s) %s store %s%n", p.meta().name(), saved.packId(),
                saved.added() ? "loaded into" : "already in", store.url());
        out.printf(java.util.Locale.ROOT, "Crossroads workbench at %s  (started in %.1f s; Ctrl-C stops it)%n",
                server.url(), (System.nanoTime() - t0) / 1e9);
        if (config.token().isPresent() && token == null && System.getenv(ENV_TOKEN) == null) {
            out.println("token (generated for this run): " + config.token().get());
        }
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String version() {
        try {
            String v = new VersionProvider().getVersion()[0];
            return v.replace("crossroads ", "");
        } catch (Exception e) {
            return "dev";
        }
    }
}
