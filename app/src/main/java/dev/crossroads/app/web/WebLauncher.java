package dev.crossroads.app.web;

import dev.crossroads.app.service.PackStoring;
import dev.crossroads.app.service.ServerLauncher;
import dev.crossroads.app.service.ServiceException;
import dev.crossroads.app.web.jobs.JobService;
import dev.crossroads.store.Store;
import dev.crossroads.store.StoreException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Wires the server: configuration, store, the pack stored once, the job service and the Javalin app. */
public final class WebLauncher implements ServerLauncher {
    @Override
    public Running start(Request r) {
        Optional<String> token = r.token().filter(s -> !s.isBlank());
        Optional<String> generated = Optional.empty();
        if (token.isEmpty() && !ServerConfig.isLoopback(r.bind())) {
            generated = Optional.of(newToken());
            token = generated;
        }
        ServerConfig config;
        try {
            config = new ServerConfig(
                    r.bind(),
                    r.port(),
                    token,
                    ServerConfig.DEFAULT_MAX_BODY_BYTES,
                    r.jobThreads().orElse(ServerConfig.defaultJobThreads()),
                    16);
        } catch (IllegalArgumentException e) {
            throw ServiceException.input(e.getMessage());
        }
        Store store;
        PackStoring.Outcome saved;
        try {
            store = Store.open(r.dbUrl());
            saved = PackStoring.store(r.pack(), r.packDir(), store, Clock.systemUTC());
        } catch (StoreException e) {
            throw ServiceException.input(e.getMessage());
        }
        JobService jobs = new JobService(
                store.runs(), JobKinds.forPack(r.pack(), r.packDir()), config.jobThreads(), config.jobQueue());
        WebServer server = new WebServer(config, r.pack(), store, jobs, r.version(), System.err);
        try {
            server.start();
        } catch (RuntimeException e) {
            jobs.close();
            store.close();
            throw ServiceException.input("cannot listen on " + r.bind() + ":" + r.port() + " (" + rootMessage(e)
                    + "): is another server using the port? Pick another with --port.");
        }
        Optional<String> gen = generated;
        return new Running() {
            @Override
            public String url() {
                return server.url();
            }

            @Override
            public String storeUrl() {
                return store.url();
            }

            @Override
            public PackStoring.Outcome pack() {
                return saved;
            }

            @Override
            public Optional<String> generatedToken() {
                return gen;
            }

            @Override
            public void close() {
                server.close();
                store.close();
            }
        };
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
}
