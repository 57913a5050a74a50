package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.Dependency;
import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.ReferenceFigure;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.rebuild.UnitCost;
import java.util.List;

/** The pack's reconstruction tables ({@code rebuild/*.csv}) mapped to {@link RebuildInputs}. */
final class RebuildRows {
    private RebuildRows() {}

    static RebuildInputs read(LoadContext ctx) {
        List<Region> regions = ctx.read("rebuild/regions.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            double lat = r.number("lat");
            double lon = r.number("lon");
            var area = r.optNumber("area_km2");
            long population = r.longInteger("population");
            int year = r.integer("population_year");
            Provenance p = r.provenance();
            return r.build(
                    () -> new Region(id, name, country, r.optText("capital"), lat, lon, area, population, year, p));
        });
        List<AssetClass> classes = ctx.read("rebuild/asset-classes.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            AssetClass.Sector sector = r.choice("sector", AssetClass.Sector.class);
            AssetClass.Group group = r.choice("group", AssetClass.Group.class);
            String unit = r.text("unit");
            String crew = r.text("crew_type");
            var perMonth = r.optNumber("units_per_crew_month");
            double weight = r.number("service_weight");
            boolean powerDependent = r.flag("power_dependent", false);
            boolean gasFired = r.flag("gas_fired_generation", false);
            Provenance p = r.provenance();
            return r.build(() ->
                    new AssetClass(id, name, sector, group, unit, crew, perMonth, weight, powerDependent, gasFired, p));
        });
        List<Damage> damage = ctx.read("rebuild/assets.csv", r -> {
            String region = r.text("region");
            String cls = r.text("asset_class");
            double low = r.number("damaged_low");
            double central = r.number("damaged_central");
            double high = r.number("damaged_high");
            Provenance p = r.provenance();
            return r.build(() -> new Damage(region, cls, low, central, high, p));
        });
        List<UnitCost> costs = ctx.read("rebuild/unit-costs.csv", r -> {
            String cls = r.text("asset_class");
            double low = r.number("cost_low_usd");
            double central = r.number("cost_central_usd");
            double high = r.number("cost_high_usd");
            Provenance p = r.provenance();
            return r.build(() -> new UnitCost(cls, low, central, high, p));
        });
        List<Dependency> deps = ctx.read("rebuild/dependencies.csv", r -> {
            String before = r.text("before");
            String after = r.text("after");
            Dependency.Scope scope = r.choice("scope", Dependency.Scope.class);
            Provenance p = r.provenance();
            return r.build(() -> new Dependency(before, after, scope, r.optText("reason"), p));
        });
        List<Partner> partners = ctx.read("rebuild/partners.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            Provenance p = r.provenance();
            return r.build(() -> new Partner(id, name, country, r.list("capabilities"), p));
        });
        List<ReferenceFigure> refs = ctx.read("rebuild/references.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            int year = r.integer("year");
            var low = r.optNumber("low_usd");
            double central = r.number("central_usd");
            var high = r.optNumber("high_usd");
            Provenance p = r.provenance();
            return r.build(() -> new ReferenceFigure(id, name, country, year, low, central, high, p));
        });
        List<MaterialRate> materials = ctx.read("rebuild/materials.csv", r -> {
            String cls = r.text("asset_class");
            String material = r.text("material");
            double tonnes = r.number("tonnes_per_unit");
            Provenance p = r.provenance();
            return r.build(() -> new MaterialRate(cls, material, tonnes, p));
        });
        return new RebuildInputs(regions, classes, damage, costs, deps, partners, refs, materials);
    }
}
