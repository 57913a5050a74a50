package dev.crossroads.store;

/**
 * What one {@link EventRepository#importEvents} call stored.
 *
 * @param added events stored by this call
 * @param duplicates events skipped because one with the same id (dataset and the dataset's id) was stored
 * @param reports extra reports (GDELT mentions) stored
 * @param reportsSkipped reports skipped: their event is not stored, or the report already is
 */
public record ImportResult(long added, long duplicates, long reports, long reportsSkipped) {}
