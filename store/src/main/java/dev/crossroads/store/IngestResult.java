package dev.crossroads.store;

/**
 * What one {@link EventRepository#ingest} call stored.
 *
 * @param added articles stored by this call
 * @param duplicates articles skipped because an article with the same id was already stored (or
 *     came earlier in the same batch); their events were skipped too
 * @param events events stored by this call
 */
public record IngestResult(int added, int duplicates, int events) {}
