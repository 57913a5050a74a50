/**
 * Persistence for Crossroads: packs, articles and events, scenarios and runs, in SQLite (the default,
 * one file) or PostgreSQL.
 *
 * <p>Open a {@link dev.crossroads.store.Store} from a JDBC URL; it migrates the schema (Flyway, the same
 * SQL for both databases) and hands out one repository per concern: {@link
 * dev.crossroads.store.PackRepository}, {@link dev.crossroads.store.EventRepository}, {@link
 * dev.crossroads.store.RunRepository} and {@link dev.crossroads.store.ScenarioRepository}.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>Records never hold {@code null}. A nullable column is an {@link java.util.Optional} (or
 *       {@code OptionalInt}/{@code OptionalDouble}) component; every other component is required.
 *   <li>Ids are made by the application (UUIDs, content hashes), so the SQL needs no sequences.
 *   <li>Instants are stored as UTC ISO-8601 text with microsecond precision; records truncate to
 *       microseconds so that what you save is what you read back. Dates are ISO {@code YYYY-MM-DD}.
 *   <li>JSON columns are plain strings; writes check that they are well-formed JSON.
 *   <li>Every failure surfaces as a {@link dev.crossroads.store.StoreException} whose message a user
 *       can act on; invalid arguments raise {@link IllegalArgumentException}.
 *   <li>The library prints nothing.
 * </ul>
 */
package dev.crossroads.store;
