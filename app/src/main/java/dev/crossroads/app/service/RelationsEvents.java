package dev.crossroads.app.service;

import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The store's events as the relations engine reads them: one conversion for the CLI, the API and the Brief. */
public final class RelationsEvents {
    private RelationsEvents() {}

    /** The extracted events in the store, as ledger events (those between two distinct states). */
    public static List<LedgerEvent> storedExtracted(Store store) {
        List<LedgerEvent> extracted = new ArrayList<>();
        for (EventRecord e : store.events().findEvents(Optional.empty(), Optional.empty(), Optional.empty())) {
            if (e.origin() == EventRecord.Origin.EXTRACTED) {
                toLedger(e).ifPresent(extracted::add);
            }
        }
        return extracted;
    }

    /** A stored event as a ledger event, or empty when it is not between two distinct states. */
    public static Optional<LedgerEvent> toLedger(EventRecord e) {
        if (!e.actor1().matches("[A-Z]{3}")
                || !e.actor2().matches("[A-Z]{3}")
                || e.actor1().equals(e.actor2())) {
            return Optional.empty();
        }
        Optional<CameoCode> code = Cameo.standard().find(e.cameo());
        double goldstein = e.goldstein().isPresent()
                ? e.goldstein().getAsDouble()
                : code.map(CameoCode::goldstein).orElse(0.0);
        int quad = e.quadClass().isPresent()
                ? e.quadClass().getAsInt()
                : code.map(CameoCode::quadClass).orElse(1);
        List<String> prov = new ArrayList<>();
        e.articleId().ifPresent(a -> prov.add("article " + a));
        e.evidence().ifPresent(ev -> prov.add("sentence " + ev.sentenceIndex()));
        String text = e.evidence().map(EventRecord.Evidence::sentence).orElse("");
        return Optional.of(new LedgerEvent(
                e.id(),
                e.eventDate(),
                e.actor1(),
                e.actor2(),
                e.mediator(),
                e.cameo(),
                code.map(CameoCode::name).orElse(e.cameo()),
                goldstein,
                quad,
                e.plover(),
                Modality.valueOf(e.mode().name()),
                e.weight(),
                LedgerEvent.Origin.EXTRACTED,
                text,
                prov));
    }
}
