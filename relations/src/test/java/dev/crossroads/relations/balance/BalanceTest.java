package dev.crossroads.relations.balance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.ledger.SignedEdge;
import dev.crossroads.relations.ledger.SignedGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BalanceTest {
    static SignedGraph graph(SignedEdge... edges) {
        List<String> nodes = new ArrayList<>();
        for (SignedEdge e : edges) {
            if (!nodes.contains(e.a())) {
                nodes.add(e.a());
            }
            if (!nodes.contains(e.b())) {
                nodes.add(e.b());
            }
        }
        return new SignedGraph(LocalDate.of(2025, 1, 1), 1, nodes, List.of(edges));
    }

    static SignedEdge e(String a, String b, int sign) {
        return new SignedEdge(a, b, 5.0 * sign, sign);
    }

    @Test
    void friendOfAFriendWhoIsAnEnemyIsUnbalanced() {
        SignedGraph g = graph(e("A", "B", 1), e("A", "C", 1), e("B", "C", -1));
        assertThat(Balance.triads(g))
                .singleElement()
                .satisfies(t -> assertThat(t.balanced()).isFalse());
        Balance.Frustration f = Balance.frustration(g);
        assertThat(f.count()).isEqualTo(1);
        assertThat(f.exact()).isTrue();
    }

    @Test
    void twoCampsAreBalanced() {
        SignedGraph g = graph(
                e("A", "B", 1), e("C", "D", 1), e("A", "C", -1), e("A", "D", -1), e("B", "C", -1), e("B", "D", -1));
        assertThat(Balance.triads(g)).allSatisfy(t -> assertThat(t.balanced()).isTrue());
        assertThat(Balance.frustration(g).count()).isZero();
    }

    @Test
    void grayCodeSearchEqualsNaiveEnumerationOnRandomGraphs() {
        long seed = 424242L;
        Random r = new Random(seed);
        for (int round = 0; round < 30; round++) {
            int n = 3 + r.nextInt(8);
            List<SignedEdge> edges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (r.nextDouble() < 0.5) {
                        edges.add(e("N" + i, "N" + j, r.nextBoolean() ? 1 : -1));
                    }
                }
            }
            SignedGraph g = graph(edges.toArray(new SignedEdge[0]));
            assertThat(Balance.frustration(g).count())
                    .as("seed " + seed + " round " + round)
                    .isEqualTo(naive(g));
        }
    }

    private static int naive(SignedGraph g) {
        List<String> nodes = g.edges().stream()
                .flatMap(x -> java.util.stream.Stream.of(x.a(), x.b()))
                .distinct()
                .toList();
        int best = Integer.MAX_VALUE;
        for (long mask = 0; mask < (1L << nodes.size()); mask++) {
            int c = 0;
            for (SignedEdge x : g.edges()) {
                boolean sa = ((mask >> nodes.indexOf(x.a())) & 1) != 0;
                boolean sb = ((mask >> nodes.indexOf(x.b())) & 1) != 0;
                c += (x.sign() > 0) == (sa != sb) ? 1 : 0;
            }
            best = Math.min(best, c);
        }
        return best;
    }

    @Test
    void largeGraphsGetADocumentedUpperBound() {
        List<SignedEdge> edges = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 30; i++) {
            edges.add(e("N" + i, "N" + ((i + 1) % 30), r.nextBoolean() ? 1 : -1));
        }
        Balance.Frustration f = Balance.frustration(graph(edges.toArray(new SignedEdge[0])));
        assertThat(f.exact()).isFalse();
        assertThat(f.method()).contains("upper bound");
        assertThat(f.count()).isBetween(0, 1); // a cycle needs at most one flip
        List<SignedEdge> camps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = i + 1; j < 30; j += 3) {
                camps.add(e("N" + i, "N" + j, (i % 2) == (j % 2) ? 1 : -1));
            }
        }
        assertThat(Balance.frustration(graph(camps.toArray(new SignedEdge[0]))).count())
                .isZero();
    }

    @Test
    void changedTriadsBetweenTwoDates() {
        SignedGraph before = graph(e("A", "B", 1), e("A", "C", 1), e("B", "C", 1));
        SignedGraph after = graph(e("A", "B", 1), e("A", "C", 1), e("B", "C", -1));
        BalanceReport r = Balance.report(after, before);
        assertThat(r.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().orElseThrow().signs()).isEqualTo("+++");
            assertThat(c.after().orElseThrow().signs()).isEqualTo("++-");
        });
        assertThat(r.unbalanced()).hasSize(1);
    }
}
