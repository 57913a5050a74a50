package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.model.Actor;
import dev.crossroads.core.model.ActorKind;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.core.model.Country;
import dev.crossroads.core.model.CuratedEvent;
import dev.crossroads.core.model.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pack's political tables: {@code sources.csv}, {@code countries.csv}, {@code actors.csv}, {@code
 * relations.csv} and {@code events.csv}, each row mapped to its model record.
 */
record RelationsRows(
        List<Source> sources,
        List<Country> countries,
        List<Actor> actors,
        List<BaselineRelation> relations,
        List<CuratedEvent> events) {
    RelationsRows {
        sources = List.copyOf(sources);
        countries = List.copyOf(countries);
        actors = List.copyOf(actors);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    static RelationsRows read(LoadContext ctx) {
        List<Source> sources = ctx.read(
                "sources.csv",
                r -> r.build(() -> new Source(
                        r.text("id"),
                        r.optText("publisher"),
                        r.optText("title"),
                        r.optText("date"),
                        r.optText("url"),
                        r.optText("note"))));
        List<Country> countries = ctx.read("countries.csv", r -> {
            String iso3 = r.text("iso3");
            String name = r.text("name");
            double lat = r.number("lat");
            double lon = r.number("lon");
            Provenance p = r.provenance();
            return r.build(() -> new Country(
                    iso3,
                    name,
                    r.optText("capital"),
                    r.list("demonyms"),
                    r.list("aliases"),
                    lat,
                    lon,
                    r.list("memberships"),
                    p));
        });
        List<Actor> actors = ctx.read("actors.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            String role = r.text("role");
            ActorKind kind = r.choice("kind", ActorKind.class);
            LocalDate start = r.date("start");
            Optional<LocalDate> end = r.optDate("end");
            Provenance p = r.provenance();
            return r.build(() -> new Actor(id, name, country, role, kind, start, end, r.list("aliases"), p));
        });
        List<BaselineRelation> relations = ctx.read("relations.csv", r -> {
            String a = r.text("a");
            String b = r.text("b");
            double score = r.number("score");
            String kind = r.text("kind");
            Optional<LocalDate> since = r.optDate("since");
            Provenance p = r.provenance();
            return r.build(() -> new BaselineRelation(a, b, score, kind, since, p));
        });
        List<CuratedEvent> events = ctx.read("events.csv", r -> {
            String id = r.text("id");
            LocalDate date = r.date("date");
            String a1 = r.text("actor1");
            String a2 = r.text("actor2");
            String cameo = r.text("cameo");
            Provenance p = r.provenance();
            return r.build(
                    () -> new CuratedEvent(id, date, a1, a2, r.optional("mediator"), cameo, r.optText("summary"), p));
        });
        return new RelationsRows(sources, countries, actors, relations, events);
    }
}
