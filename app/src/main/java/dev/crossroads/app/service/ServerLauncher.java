package dev.crossroads.app.service;

import dev.crossroads.core.pack.RegionPack;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;

/**
 * Starts the HTTP server over the application layer. The CLI's {@code serve} command asks for one through
 * {@link #find()} and so never depends on the web adapter, which registers its implementation in
 * {@code META-INF/services}.
 */
public interface ServerLauncher {
    /** What to serve and how: the address, the token the user gave (if any), the store and the pack. */
    record Request(
            String bind,
            int port,
            Optional<String> token,
            OptionalInt jobThreads,
            String dbUrl,
            RegionPack pack,
            Path packDir,
            String version) {}

    /** A running server: where it listens and what it did at start. */
    interface Running extends AutoCloseable {
        /** The address a browser on this machine opens (with the token when one is needed). */
        String url();

        /** The store's URL, without credentials. */
        String storeUrl();

        /** How the pack was stored at start. */
        PackStoring.Outcome pack();

        /** The token generated for this run, when the user gave none and the address needs one. */
        Optional<String> generatedToken();

        @Override
        void close();
    }

    /** Starts listening; throws {@link ServiceException} when the address, the port or the store is unusable. */
    Running start(Request request);

    /** The launcher on the class path. */
    static ServerLauncher find() {
        return ServiceLoader.load(ServerLauncher.class)
                .findFirst()
                .orElseThrow(() -> new ServiceException(
                        ServiceException.Kind.UNAVAILABLE,
                        "this build of crossroads has no web server: build the app module"));
    }
}
