package dev.crossroads.core.pack;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.model.Actor;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.core.model.Country;
import dev.crossroads.core.model.CuratedEvent;
import dev.crossroads.core.model.Source;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.roads.RoadNetwork;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A loaded and validated region pack: the region model every engine works on. Immutable; all cross
 * references resolve.
 */
public record RegionPack(
        PackMeta meta,
        List<Source> sources,
        List<Country> countries,
        List<Actor> actors,
        List<BaselineRelation> relations,
        List<CuratedEvent> events,
        GasSystem gas,
        RebuildInputs rebuild,
        RoadNetwork roads,
        PowerInputs power,
        List<Problem> warnings) {
    public RegionPack {
        Checks.present("meta", meta);
        sources = Checks.list("sources", sources);
        countries = Checks.list("countries", countries);
        actors = Checks.list("actors", actors);
        relations = Checks.list("relations", relations);
        events = Checks.list("events", events);
        Checks.present("gas", gas);
        Checks.present("rebuild", rebuild);
        Checks.present("roads", roads);
        Checks.present("power", power);
        warnings = Checks.list("warnings", warnings);
    }

    /** A pack without a power section (as packs were before {@code power/} existed). */
    public RegionPack(
            PackMeta meta,
            List<Source> sources,
            List<Country> countries,
            List<Actor> actors,
            List<BaselineRelation> relations,
            List<CuratedEvent> events,
            GasSystem gas,
            RebuildInputs rebuild,
            RoadNetwork roads,
            List<Problem> warnings) {
        this(meta, sources, countries, actors, relations, events, gas, rebuild, roads, PowerInputs.empty(), warnings);
    }

    public Optional<Country> country(String iso3) {
        return countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The actors of a country holding a role on a date (e.g. Syria's president on 2023-05-01 is Assad). */
    public List<Actor> holders(String iso3, String role, LocalDate date) {
        return actors.stream()
                .filter(a -> a.country().equals(iso3) && a.role().equals(role) && a.inOffice(date))
                .toList();
    }

    /** Every provenance in the pack, for statistics (how many rows carry a source). */
    public List<Provenance> provenances() {
        java.util.ArrayList<Provenance> all = new java.util.ArrayList<>();
        countries.forEach(x -> all.add(x.provenance()));
        actors.forEach(x -> all.add(x.provenance()));
        relations.forEach(x -> all.add(x.provenance()));
        events.forEach(x -> all.add(x.provenance()));
        gas.nodes().forEach(x -> all.add(x.provenance()));
        gas.fields().forEach(x -> all.add(x.provenance()));
        gas.supply().forEach(x -> all.add(x.provenance()));
        gas.pipelines().forEach(x -> all.add(x.provenance()));
        gas.expansions().forEach(x -> all.add(x.provenance()));
        gas.swaps().forEach(x -> all.add(x.provenance()));
        gas.markets().forEach(x -> all.add(x.provenance()));
        gas.contracts().forEach(x -> all.add(x.provenance()));
        gas.deliveries().forEach(x -> all.add(x.provenance()));
        rebuild.regions().forEach(x -> all.add(x.provenance()));
        rebuild.assetClasses().forEach(x -> all.add(x.provenance()));
        rebuild.damage().forEach(x -> all.add(x.provenance()));
        rebuild.unitCosts().forEach(x -> all.add(x.provenance()));
        rebuild.dependencies().forEach(x -> all.add(x.provenance()));
        rebuild.partners().forEach(x -> all.add(x.provenance()));
        rebuild.references().forEach(x -> all.add(x.provenance()));
        rebuild.materials().forEach(x -> all.add(x.provenance()));
        roads.nodes().forEach(x -> all.add(x.provenance()));
        roads.segments().forEach(x -> all.add(x.provenance()));
        power.plants().forEach(x -> all.add(x.provenance()));
        power.demand().forEach(x -> all.add(x.provenance()));
        power.constants().forEach(x -> all.add(x.provenance()));
        return all;
    }
}
