package dev.crossroads.store;

import java.lang.System.Logger.Level;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's log to {@link System.Logger} (named after the Flyway class) at level {@code DEBUG},
 * its debug output at {@code TRACE}, so that opening a store prints nothing unless the
 * application asks for those levels. Failures still reach the caller as {@link StoreException}.
 *
 * <p>Not part of the store's API: it is public only because Flyway instantiates it by name.
 */
public final class FlywayLogBridge implements LogCreator {
    /** Called by Flyway. */
    public FlywayLogBridge() {}

    @Override
    public Log createLogger(Class<?> clazz) {
        System.Logger logger = System.getLogger(clazz.getName());
        return new Log() {
            @Override
            public void debug(String message) {
                logger.log(Level.TRACE, message);
            }

            @Override
            public void info(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void warn(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void error(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(Level.DEBUG, message, e);
            }

            @Override
            public void notice(String message) {
                logger.log(Level.DEBUG, message);
            }
        };
    }
}
