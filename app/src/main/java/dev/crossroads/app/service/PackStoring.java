package dev.crossroads.app.service;

import dev.crossroads.core.model.CuratedEvent;
import dev.crossroads.core.pack.PackHash;
import dev.crossroads.core.pack.PackSummary;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.PackRecord;
import dev.crossroads.store.SourceRecord;
import dev.crossroads.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Puts a loaded pack into the store: the pack record, its sources and its curated events. */
public final class PackStoring {
    private PackStoring() {}

    /** What storing did. */
    public record Outcome(String packId, boolean added, int sources, int events, String url) {
        public String message() {
            return added
                    ? "stored pack " + packId + " (" + sources + " sources, " + events + " curated events) in " + url
                    : "pack " + packId + " is already stored in " + url + " with the same files; nothing to do";
        }
    }

    public static Outcome store(RegionPack p, Path dir, Store store, Clock clock) {
        PackRecord rec = PackRecord.of(
                p.meta().name(),
                p.meta().title(),
                p.meta().asOf(),
                PackHash.of(dir),
                clock.instant(),
                Json.write(PackSummary.of(p)));
        boolean added = store.packs().savePack(rec);
        if (added) {
            List<SourceRecord> sources = p.sources().stream()
                    .map(s -> new SourceRecord(
                            s.id(),
                            s.publisher(),
                            s.title(),
                            Optional.of(s.date()),
                            Optional.of(s.url()),
                            Optional.of(s.note())))
                    .toList();
            store.packs().saveSources(rec.id(), sources);
            List<EventRecord> events =
                    p.events().stream().map(e -> curated(rec.id(), e)).toList();
            store.events().saveCuratedEvents(rec.id(), events);
        }
        return new Outcome(rec.id(), added, p.sources().size(), p.events().size(), store.url());
    }

    private static EventRecord curated(String packId, CuratedEvent e) {
        return EventRecord.curated(
                packId + "/" + e.id(), packId, e.date(), e.actor1(), e.actor2(), e.mediator(), e.cameo());
    }
}
