package dev.crossroads.app.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens.
 *
 * @param bind the address to bind (default {@code 127.0.0.1})
 * @param port the TCP port; 0 picks a free one (tests)
 * @param token the bearer token every request must carry; required when {@code bind} is not a loopback
 *     address
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param jobThreads how many jobs run at once
 * @param jobQueue how many submitted jobs may wait for a thread; more get 503
 */
public record ServerConfig(
        String bind, int port, Optional<String> token, long maxBodyBytes, int jobThreads, int jobQueue) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** Shortest token accepted: long enough that guessing it over the network is hopeless. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("--bind needs an address, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be in 0..65535, got " + port);
        }
        Objects.requireNonNull(token, "token");
        token.ifPresent(t -> {
            if (t.length() < MIN_TOKEN_LENGTH || !t.matches("[A-Za-z0-9._~+/=-]+")) {
                throw new IllegalArgumentException("the token must be at least " + MIN_TOKEN_LENGTH
                        + " characters of letters, digits and ._~+/=- (leave it out to have one generated)");
            }
        });
        if (token.isEmpty() && !isLoopback(bind)) {
            throw new IllegalArgumentException(
                    "bound to " + bind + ", which other machines can reach, the server needs a "
                            + "bearer token: give --token or CROSSROADS_TOKEN, or let serve generate one");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
        }
        if (jobThreads < 1 || jobQueue < 0) {
            throw new IllegalArgumentException("need at least one job thread and a non-negative queue");
        }
    }

    /** Local defaults: loopback, no token, 1 MiB bodies, one job thread per core (at most 4), 16 waiting. */
    public static ServerConfig local(int port) {
        return new ServerConfig(DEFAULT_BIND, port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, defaultJobThreads(), 16);
    }

    public static int defaultJobThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public ServerConfig withToken(Optional<String> t) {
        return new ServerConfig(bind, port, t, maxBodyBytes, jobThreads, jobQueue);
    }

    /** Whether {@code host} names this machine only (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        String h = host.strip();
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false; // a name: do not resolve it, treat it as reachable from elsewhere
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
