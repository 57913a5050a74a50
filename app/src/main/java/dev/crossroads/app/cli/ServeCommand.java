package dev.crossroads.app.cli;

import dev.crossroads.app.service.ServerLauncher;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.Store;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads serve}: the HTTP API and the web workbench. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the HTTP API and the web workbench until stopped (Ctrl-C).",
            "Bound to 127.0.0.1 by default; bound to any other address it requires a bearer token."
        })
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    static final String ENV_TOKEN = "CROSSROADS_TOKEN";
    static final String DEFAULT_BIND = "127.0.0.1";

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = DEFAULT_BIND,
            paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs a token.")
    String bind;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: $CROSSROADS_DB or ~/.crossroads/crossroads.db).")
    String db;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "Bearer token clients must send (default: $" + ENV_TOKEN
                    + "; generated when bound beyond loopback).")
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
        Optional<String> tok = Optional.ofNullable(token)
                .or(() -> Optional.ofNullable(System.getenv(ENV_TOKEN)))
                .filter(s -> !s.isBlank());
        ServerLauncher.Running server = ServerLauncher.find()
                .start(new ServerLauncher.Request(
                        bind,
                        port,
                        tok,
                        jobThreads != null ? OptionalInt.of(jobThreads) : OptionalInt.empty(),
                        db != null ? db : Store.defaultUrl(),
                        p,
                        pack.dir(),
                        version()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "crossroads-shutdown"));
        out.printf(
                Locale.ROOT,
                "pack %s (%s) %s store %s%n",
                p.meta().name(),
                server.pack().packId(),
                server.pack().added() ? "loaded into" : "already in",
                server.storeUrl());
        out.printf(
                Locale.ROOT,
                "Crossroads workbench at %s  (started in %.1f s; Ctrl-C stops it)%n",
                server.url(),
                (System.nanoTime() - t0) / 1e9);
        server.generatedToken().ifPresent(t -> out.println("token (generated for this run): " + t));
        out.flush();
        stopped.await();
        return 0;
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
