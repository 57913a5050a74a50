package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.store.EventRecord;
import dev.crossroads.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads events}: the coded events in the store, with the sentences they were read from. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = "List the coded events in the store with their sentences.")
public final class EventsCommand implements Callable<Integer> {
    @Option(
            names = "--actor",
            paramLabel = "ISO3",
            description = "Only events of this actor (as actor1, actor2 or mediator).")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "First date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date.")
    String to;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<LocalDate> f = Optional.ofNullable(from).map(v -> RelationsData.date("--from", v));
        Optional<LocalDate> t = Optional.ofNullable(to).map(v -> RelationsData.date("--to", v));
        if (f.isPresent() && t.isPresent() && t.get().isBefore(f.get())) {
            throw new UserException("--to " + t.get() + " is before --from " + f.get());
        }
        List<EventRecord> events;
        try (Store store = db.open()) {
            events = store.events().findEvents(Optional.ofNullable(actor).map(RelationsData::iso3), f, t);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(Json.write(events));
            out.flush();
            return 0;
        }
        List<String> headers = new java.util.ArrayList<>(List.of(
                "date",
                "actor1",
                "actor2",
                "cameo",
                "event",
                "plover",
                "mode",
                "weight",
                "goldstein",
                "origin",
                "sentence"));
        if (format == Format.CSV) {
            headers.add("main"); // the table marks a background event after its sentence instead
        }
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (EventRecord e : events) {
            // a curated event is stored with its CAMEO code only: its PLOVER type and Goldstein score are the code's
            Optional<CameoCode> code = Cameo.standard().find(e.cameo());
            String name = code.map(CameoCode::name).orElse("");
            Optional<String> plover = e.plover().or(() -> code.flatMap(CameoCode::plover));
            java.util.OptionalDouble goldstein = e.goldstein().isPresent()
                    ? e.goldstein()
                    : code.map(c -> java.util.OptionalDouble.of(c.goldstein()))
                            .orElse(java.util.OptionalDouble.empty());
            String sentence = e.evidence()
                    .map(EventRecord.Evidence::sentence)
                    .or(() -> e.imported()
                            .map(i -> i.text() + " [" + i.dataset() + " " + i.sourceId() + ", " + i.sources()
                                    + " sources, " + i.mentions() + " mentions"
                                    + e.mediator().map(m -> ", mediator " + m).orElse("") + "]"))
                    .orElse("");
            List<Object> row = new java.util.ArrayList<>(List.of(
                    e.eventDate(),
                    e.actor1(),
                    e.actor2(),
                    e.cameo(),
                    name,
                    plover.orElse(""),
                    e.mode().name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.2f", e.weight()),
                    goldstein.isPresent() ? String.format(Locale.ROOT, "%+.1f", goldstein.getAsDouble()) : "",
                    e.origin().name().toLowerCase(Locale.ROOT),
                    format == Format.CSV
                            ? sentence
                            : RelationsData.shorten(sentence, 100) + RelationsData.background(e.main())));
            if (format == Format.CSV) {
                row.add(e.main());
            }
            table.add(row.toArray());
        }
        out.print(table.render(format));
        if (format == Format.TABLE) {
            out.printf(Locale.ROOT, "%d events%n", events.size());
        }
        out.flush();
        return 0;
    }
}
