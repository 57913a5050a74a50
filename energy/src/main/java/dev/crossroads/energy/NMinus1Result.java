package dev.crossroads.energy;

import java.util.List;

/** Every element (arc group) and node out in turn, ranked by the netback lost. */
public record NMinus1Result(String network, int year, double baseNetbackUsd, int outagesSolved, boolean warmStart,
                            double elapsedMillis, List<Outage> ranking) {
    public NMinus1Result {
        ranking = List.copyOf(ranking);
    }

    /** One outage: {@code kind} is {@code element} (a pipeline, swap or pipe) or {@code node}. */
    public record Outage(int rank, String kind, String id, String country, double lostNetbackUsd, double lostBcm,
                         double netbackUsd, double shortfallBcm, List<String> marketsHit) {
        public Outage {
            marketsHit = List.copyOf(marketsHit);
        }
    }
}
