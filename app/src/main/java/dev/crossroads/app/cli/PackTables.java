package dev.crossroads.app.cli;

import dev.crossroads.app.service.Figures;
import dev.crossroads.app.service.PackViews;
import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Tables of a pack section for {@code pack show}. CSV output gives the section's main (first) table. */
final class PackTables {
    private final List<String> titles = new ArrayList<>();
    private final List<TextTable> tables = new ArrayList<>();

    private PackTables add(String title, TextTable t) {
        titles.add(title);
        tables.add(t);
        return this;
    }

    String render(Format format) {
        if (format == Format.CSV) {
            return tables.get(0).csv();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(titles.get(i))
                    .append(" (")
                    .append(tables.get(i).size())
                    .append(")\n")
                    .append(tables.get(i).text());
        }
        return sb.toString();
    }

    /** How the section's numbers are written: grouped for people ({@link Figures#number}), raw for CSV. */
    interface Num {
        String of(double v);

        default String of(OptionalDouble v) {
            return v.isPresent() ? of(v.getAsDouble()) : "?";
        }
    }

    static PackTables of(RegionPack p, PackViews.Section section, Format format) {
        Num num = format == Format.CSV ? Figures::raw : Figures::number;
        PackTables out = new PackTables();
        switch (section) {
            case COUNTRIES -> {
                TextTable t = new TextTable("iso3", "name", "capital", "memberships", "confidence [sources]");
                p.countries()
                        .forEach(c -> t.add(
                                c.iso3(),
                                c.name(),
                                c.capital(),
                                String.join(";", c.memberships()),
                                PackCommand.conf(c.provenance())));
                out.add("Countries", t);
            }
            case ACTORS -> {
                TextTable t = new TextTable("id", "name", "country", "role", "start", "end", "confidence [sources]");
                p.actors()
                        .forEach(a -> t.add(
                                a.id(),
                                a.name(),
                                a.country(),
                                a.role(),
                                a.start(),
                                a.end().map(LocalDate::toString).orElse("in office"),
                                PackCommand.conf(a.provenance())));
                out.add("Actors", t);
            }
            case RELATIONS -> {
                TextTable t = new TextTable("a", "b", "score", "kind", "since", "confidence [sources]").right(2);
                p.relations()
                        .forEach(r -> t.add(
                                r.a(),
                                r.b(),
                                num.of(r.score()),
                                r.kind(),
                                r.since().map(LocalDate::toString).orElse(""),
                                PackCommand.conf(r.provenance())));
                out.add("Baseline relations (Goldstein scale, -10 war to +10 alliance)", t);
            }
            case EVENTS -> {
                TextTable t = new TextTable(
                                "date",
                                "actor1",
                                "actor2",
                                "mediator",
                                "cameo",
                                "plover",
                                "goldstein",
                                "summary",
                                "confidence [sources]")
                        .right(6);
                p.events().forEach(e -> {
                    // the PLOVER type and Goldstein score of the event's CAMEO code (relations' lexicon)
                    var code = Cameo.standard().find(e.cameo());
                    t.add(
                            e.date(),
                            e.actor1(),
                            e.actor2(),
                            e.mediator().orElse(""),
                            e.cameo(),
                            code.flatMap(CameoCode::plover).orElse(""),
                            code.map(c -> format == Format.CSV
                                            ? Figures.raw(c.goldstein())
                                            : Figures.signed(c.goldstein()))
                                    .orElse(""),
                            e.summary(),
                            PackCommand.conf(e.provenance()));
                });
                out.add("Curated events", t);
            }
            case GAS -> gas(p.gas(), out, num);
            case REBUILD -> {
                TextTable r = new TextTable("id", "name", "population", "year", "confidence [sources]").right(2);
                p.rebuild()
                        .regions()
                        .forEach(x -> r.add(
                                x.id(),
                                x.name(),
                                num.of(x.population()),
                                x.populationYear(),
                                PackCommand.conf(x.provenance())));
                out.add("Regions", r);
                TextTable c = new TextTable(
                                "id", "name", "sector", "group", "unit", "crew", "cost low", "central", "high")
                        .right(6, 7, 8);
                p.rebuild().assetClasses().forEach(a -> {
                    var cost = p.rebuild().unitCosts().stream()
                            .filter(u -> u.assetClass().equals(a.id()))
                            .findFirst();
                    c.add(
                            a.id(),
                            a.name(),
                            a.sector().code(),
                            a.group().code(),
                            a.unit(),
                            a.crewType(),
                            cost.map(u -> num.of(u.costLowUsd())).orElse("?"),
                            cost.map(u -> num.of(u.costCentralUsd())).orElse("?"),
                            cost.map(u -> num.of(u.costHighUsd())).orElse("?"));
                });
                out.add("Asset classes and unit costs (USD per unit)", c);
                TextTable d = new TextTable("region", "asset class", "low", "central", "high", "confidence [sources]")
                        .right(2, 3, 4);
                p.rebuild()
                        .damage()
                        .forEach(x -> d.add(
                                x.region(),
                                x.assetClass(),
                                num.of(x.damagedLow()),
                                num.of(x.damagedCentral()),
                                num.of(x.damagedHigh()),
                                PackCommand.conf(x.provenance())));
                out.add("Damage (units of the asset class)", d);
                TextTable dep = new TextTable("before", "after", "scope", "reason");
                p.rebuild()
                        .dependencies()
                        .forEach(x ->
                                dep.add(x.before(), x.after(), x.scope().name().toLowerCase(Locale.ROOT), x.reason()));
                out.add("Dependencies", dep);
                TextTable pt = new TextTable("id", "name", "country", "capabilities");
                p.rebuild()
                        .partners()
                        .forEach(x -> pt.add(x.id(), x.name(), x.country(), String.join(";", x.capabilities())));
                out.add("Partners", pt);
                TextTable ref = new TextTable("id", "name", "year", "low", "central", "high").right(3, 4, 5);
                p.rebuild()
                        .references()
                        .forEach(x -> ref.add(
                                x.id(),
                                x.name(),
                                x.year(),
                                num.of(x.lowUsd()),
                                num.of(x.centralUsd()),
                                num.of(x.highUsd())));
                out.add("Reference figures (USD)", ref);
            }
            case ROADS -> {
                TextTable s = new TextTable("id", "from", "to", "road", "km", "class", "state", "repaired by").right(4);
                p.roads()
                        .segments()
                        .forEach(x -> s.add(
                                x.id(),
                                x.from(),
                                x.to(),
                                x.road(),
                                num.of(x.lengthKm()),
                                x.roadClass().name().toLowerCase(Locale.ROOT),
                                x.state().name().toLowerCase(Locale.ROOT),
                                x.repairAssetClass().orElse("")));
                out.add("Road segments", s);
                TextTable n = new TextTable("id", "name", "kind", "region", "lat", "lon", "trucks/day").right(4, 5, 6);
                p.roads()
                        .nodes()
                        .forEach(x -> n.add(
                                x.id(),
                                x.name(),
                                x.kind().name().toLowerCase(Locale.ROOT),
                                x.region().orElse(""),
                                num.of(x.lat()),
                                num.of(x.lon()),
                                num.of(x.capacityTrucksPerDay())));
                out.add("Road nodes", n);
            }
            case SOURCES -> {
                TextTable t = new TextTable("id", "publisher", "title", "date", "url");
                p.sources().forEach(s -> t.add(s.id(), s.publisher(), s.title(), s.date(), s.url()));
                out.add("Sources", t);
            }
            case POWER -> {
                TextTable t = new TextTable(
                                "id",
                                "name",
                                "region",
                                "type",
                                "installed MW",
                                "available MW",
                                "fuel",
                                "efficiency",
                                "gas node",
                                "status",
                                "confidence [sources]")
                        .right(4, 5, 7);
                p.power()
                        .plants()
                        .forEach(x -> t.add(
                                x.id(),
                                x.name(),
                                x.region(),
                                x.type().code(),
                                num.of(x.installedMw()),
                                num.of(x.availableMw()),
                                x.fuel().code(),
                                num.of(x.efficiency()),
                                x.gasNode().orElse(""),
                                x.status().code(),
                                PackCommand.conf(x.provenance())));
                out.add("Power plants", t);
                TextTable d = new TextTable("region", "year", "demand MW", "confidence [sources]").right(2);
                p.power()
                        .demand()
                        .forEach(x ->
                                d.add(x.region(), x.year(), num.of(x.demandMw()), PackCommand.conf(x.provenance())));
                out.add("Demand", d);
                TextTable c = new TextTable("id", "value", "unit", "confidence [sources]").right(1);
                p.power()
                        .constants()
                        .forEach(x -> c.add(x.id(), num.of(x.value()), x.unit(), PackCommand.conf(x.provenance())));
                out.add("Constants", c);
            }
            default -> throw new IllegalStateException("unknown section " + section);
        }
        return out;
    }

    private static void gas(GasSystem g, PackTables out, Num num) {
        TextTable arcs = new TextTable(
                        "id", "name", "from", "to", "country", "bcm/y", "tariff $/kcm", "fee", "status", "since")
                .right(5, 6, 7, 9);
        for (Pipeline x : g.pipelines()) {
            arcs.add(
                    x.id(),
                    x.name(),
                    x.from(),
                    x.to(),
                    x.country(),
                    num.of(x.capacityBcmPerYear()),
                    num.of(x.tariffUsdPerKcm()),
                    x.transitFeeShare() == 0 ? "" : num.of(x.transitFeeShare() * 100) + "%",
                    x.status().name().toLowerCase(Locale.ROOT),
                    x.commissioned());
        }
        out.add("Pipelines", arcs);
        TextTable ex = new TextTable("pipeline", "from year", "bcm/y").right(1, 2);
        g.expansions().forEach(x -> ex.add(x.pipeline(), x.year(), num.of(x.capacityBcmPerYear())));
        out.add("Capacity changes", ex);
        TextTable sw = new TextTable("id", "name", "from", "via", "to", "bcm/y", "status", "since").right(5, 7);
        g.swaps()
                .forEach(x -> sw.add(
                        x.id(),
                        x.name(),
                        x.from(),
                        x.via(),
                        x.to(),
                        num.of(x.capacityBcmPerYear()),
                        x.status().name().toLowerCase(Locale.ROOT),
                        x.commissioned()));
        out.add("Swaps", sw);
        TextTable f = new TextTable("field", "year", "bcm/y", "cost $/kcm").right(1, 2, 3);
        g.supply().forEach(x -> f.add(x.field(), x.year(), num.of(x.capacityBcmPerYear()), num.of(x.costUsdPerKcm())));
        out.add("Field supply", f);
        TextTable m = new TextTable("id", "name", "country", "node", "demand cap bcm/y", "price $/kcm").right(4, 5);
        g.markets()
                .forEach(x -> m.add(
                        x.id(),
                        x.name(),
                        x.country(),
                        x.node(),
                        num.of(x.demandCapBcmPerYear()),
                        num.of(x.priceUsdPerKcm())));
        out.add("Markets", m);
        TextTable c = new TextTable("id", "market", "min bcm/y", "max bcm/y", "from", "to").right(2, 3);
        g.contracts()
                .forEach(x -> c.add(
                        x.id(),
                        x.market(),
                        num.of(x.minBcmPerYear()),
                        num.of(x.maxBcmPerYear()),
                        x.startYear(),
                        x.endYear().isPresent() ? String.valueOf(x.endYear().getAsInt()) : ""));
        out.add("Contracts", c);
        TextTable d = new TextTable("market", "year", "bcm", "confidence [sources]").right(1, 2);
        g.deliveries()
                .forEach(x -> d.add(x.market(), x.year(), num.of(x.volumeBcm()), PackCommand.conf(x.provenance())));
        out.add("Reported deliveries", d);
    }
}
