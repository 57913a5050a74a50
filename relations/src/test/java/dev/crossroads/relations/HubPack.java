package dev.crossroads.relations;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.pack.TestPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small hand-made pack for the cross-pillar couplings: the minimal pack with five states. AAA is the hub
 * (ally of BBB, normal with CCC, friendly with DDD); CCC and DDD are hostile (the dyad to mediate); EEE is a
 * third party friendly with both; BBB is hostile to CCC. Partners: AAA's and BBB's agencies. Tie thresholds
 * come from pack.yaml (hostile at or below -4, friendly at or above +2).
 */
public final class HubPack {
    private HubPack() {}

    public static RegionPack load(Path tmp) {
        try {
            Path dir = tmp.resolve("hub-mini");
            TestPacks.copyTree(TestPacks.minimal(), dir);
            Files.writeString(dir.resolve("pack.yaml"), """
                    name: hub-mini
                    title: Hub test pack
                    asOf: 2026-12-31
                    description: Five states for the coupling tests.
                    home: AAA
                    relations:
                      hostileAtOrBelow: -4
                      friendlyAtOrAbove: 2
                    """);
            Files.writeString(dir.resolve("countries.csv"), """
                    iso3,name,capital,demonyms,aliases,lat,lon,memberships,source,confidence,note
                    AAA,Aland,Acity,Alandi,,40.4,49.9,OTS,s1,reported,
                    BBB,Bland,Bcity,Blandish,Bee Land,39.9,32.9,NATO,s1,reported,
                    CCC,Cland,Ccity,,,33.5,36.3,,,illustrative,placeholder
                    DDD,Dland,Dcity,,,31.8,35.2,,,illustrative,placeholder
                    EEE,Eland,Ecity,,,25.3,51.5,,,illustrative,placeholder
                    """);
            Files.writeString(dir.resolve("relations.csv"), """
                    a,b,score,kind,since,source,confidence,note
                    AAA,BBB,8,alliance,,s1,reported,
                    AAA,CCC,1,normal,,s1,reported,
                    AAA,DDD,5,friendly,,s1,reported,
                    CCC,DDD,-8,hostile,,s1,reported,
                    EEE,CCC,3,friendly,,s1,reported,
                    EEE,DDD,3,friendly,,s1,reported,
                    BBB,CCC,-7,hostile,,s1,reported,
                    """);
            Files.writeString(dir.resolve("events.csv"), """
                    id,date,actor1,actor2,mediator,cameo,summary,source,confidence,note
                    e1,2025-04-09,CCC,DDD,AAA,046,Talks between C and D hosted by A,s2,reported,
                    e2,2025-05-01,CCC,DDD,AAA,046,Further talks reported in A,s2,unconfirmed,
                    """);
            Files.writeString(dir.resolve("rebuild/partners.csv"), """
                    id,name,country,capabilities,source,confidence,note
                    pa,Aland agencies,AAA,roads;power;housing,s1,reported,
                    pb,Bland contractors,BBB,roads,s1,reported,
                    """);
            return PackLoader.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
