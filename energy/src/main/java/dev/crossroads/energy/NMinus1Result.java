package dev.crossroads.energy;

import java.util.List;

/**
 * Every element (arc group) and node out in turn, ranked by the netback lost. {@code outagesSolved} counts the
 * outages evaluated; {@code lpSolves} how many needed an LP solve (with basis reuse, outages that provably cannot
 * change the optimum, such as cutting an arc without flow, take the base solution).
 */
public record NMinus1Result(
        String network,
        int year,
        double baseNetbackUsd,
        int outagesSolved,
        int lpSolves,
        boolean warmStart,
        double elapsedMillis,
        List<Outage> ranking) {
    public NMinus1Result {
        ranking = List.copyOf(ranking);
    }

    /** One outage: {@code kind} is {@code element} (a pipeline, swap or pipe) or {@code node}. */
    public record Outage(
            int rank,
            String kind,
            String id,
            String country,
            double lostNetbackUsd,
            double lostBcm,
            double netbackUsd,
            double shortfallBcm,
            List<String> marketsHit) {
        public Outage {
            marketsHit = List.copyOf(marketsHit);
        }
    }
}
