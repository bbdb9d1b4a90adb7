package langsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** The Watts-Strogatz peer network: a simple undirected graph with the stated degree, lattice and clustering. */
class PeerGraphTest {
    private static PeerGraph graph(int n, int meanDegree, double rewire, long seed) {
        return PeerGraph.build(n, meanDegree, rewire, new MersenneTwisterFast(seed));
    }

    private static int[] row(PeerGraph g, int node) {
        return java.util.Arrays.copyOfRange(g.neighbours(), g.offsets()[node], g.offsets()[node + 1]);
    }

    /** Undirected links as "min-max" keys, checking on the way that there are no self-loops or duplicates. */
    private static Set<Long> simpleEdges(PeerGraph g) {
        Set<Long> edges = new HashSet<>();
        int n = g.size();
        for (int u = 0; u < n; u++) {
            Set<Integer> seen = new HashSet<>();
            for (int w : row(g, u)) {
                assertTrue(w >= 0 && w < n, "neighbour in range");
                assertNotEquals(u, w, "self-loop at " + u);
                assertTrue(seen.add(w), "duplicate link " + u + "-" + w);
                edges.add((long) Math.min(u, w) * n + Math.max(u, w));
            }
        }
        return edges;
    }

    /** Mean local clustering coefficient, by counting links among each node's neighbours. */
    private static double clustering(PeerGraph g) {
        int n = g.size();
        Set<Long> edges = simpleEdges(g);
        double sum = 0;
        for (int u = 0; u < n; u++) {
            int[] nb = row(g, u);
            if (nb.length < 2) continue;
            int links = 0;
            for (int a = 0; a < nb.length; a++) {
                for (int b = a + 1; b < nb.length; b++) {
                    if (edges.contains((long) Math.min(nb[a], nb[b]) * n + Math.max(nb[a], nb[b]))) links++;
                }
            }
            sum += 2.0 * links / (nb.length * (nb.length - 1.0));
        }
        return sum / n;
    }

    @Test
    void isSimpleSymmetricAndKeepsTheDegreeSum() {
        for (double rewire : new double[] {0, 0.1, 0.5, 1}) {
            for (int[] nk : new int[][] {{1000, 8}, {501, 4}, {30, 2}, {50, 20}}) {
                int n = nk[0];
                int k = nk[1];
                PeerGraph g = graph(n, k, rewire, 7);
                assertEquals(n, g.size());
                assertEquals((long) n * k, g.offsets()[n], "degree sum n x k, rewire " + rewire);
                long sum = 0;
                for (int u = 0; u < n; u++) sum += g.degree(u);
                assertEquals((long) n * k, sum);
                Set<Long> edges = simpleEdges(g);
                assertEquals((long) n * k / 2, edges.size(), "each link stored at both ends, once");
                for (int u = 0; u < n; u++) {
                    for (int w : row(g, u)) {
                        int finalU = u;
                        assertTrue(java.util.Arrays.stream(row(g, w)).anyMatch(x -> x == finalU), "symmetric " + u + "-" + w);
                    }
                }
            }
        }
    }

    @Test
    void withoutRewiringItIsExactlyTheRingLattice() {
        int n = 97;
        int k = 6;
        PeerGraph g = graph(n, k, 0, 3);
        for (int u = 0; u < n; u++) {
            Set<Integer> expected = new HashSet<>();
            for (int j = 1; j <= k / 2; j++) {
                expected.add((u + j) % n);
                expected.add((u - j + n) % n);
            }
            Set<Integer> actual = new HashSet<>();
            for (int w : row(g, u)) actual.add(w);
            assertEquals(expected, actual, "neighbours of " + u);
        }
        // ring lattice clustering, 3(k - 2) / (4(k - 1)) (Watts and Strogatz 1998; Barrat and Weigt 2000)
        assertEquals(3.0 * (k - 2) / (4.0 * (k - 1)), clustering(g), 1e-12);
    }

    @Test
    void rewiringLowersClusteringAsBarratAndWeigtPredict() {
        int n = 20_000;
        int k = 8;
        double lattice = 3.0 * (k - 2) / (4.0 * (k - 1));
        double previous = lattice;
        for (double p : new double[] {0.05, 0.2, 0.5}) {
            double c = clustering(graph(n, k, p, 11));
            // C(p) ~ C(0)(1 - p)^3 for a rewired ring
            assertEquals(lattice * Math.pow(1 - p, 3), c, 0.03, "clustering at rewire " + p);
            assertTrue(c < previous, "clustering falls with rewiring");
            previous = c;
        }
        assertTrue(clustering(graph(n, k, 1, 11)) < 5.0 * k / n + 0.01, "fully rewired: random-graph clustering");
    }

    @Test
    void aShareRewireOfLinksLeavesTheLattice() {
        int n = 50_000;
        int k = 8;
        double p = 0.3;
        PeerGraph g = graph(n, k, p, 5);
        long offLattice = 0;
        for (long e : simpleEdges(g)) {
            int u = (int) (e / n);
            int w = (int) (e % n);
            int d = Math.min(w - u, n - (w - u));
            if (d > k / 2) offLattice++;
        }
        double links = n * k / 2.0;
        // a rewired link lands back on the lattice with probability about k / n: negligible here
        double sd = Math.sqrt(links * p * (1 - p));
        assertEquals(p * links, offLattice, 5 * sd, "links moved off the ring");
    }

    @Test
    void isADeterministicFunctionOfTheSeed() {
        PeerGraph a = graph(5000, 8, 0.1, 42);
        PeerGraph b = graph(5000, 8, 0.1, 42);
        assertArrayEquals(a.offsets(), b.offsets());
        assertArrayEquals(a.neighbours(), b.neighbours());
        PeerGraph c = graph(5000, 8, 0.1, 43);
        assertFalse(java.util.Arrays.equals(a.neighbours(), c.neighbours()), "another seed, another network");
    }

    @Test
    void degenerateSizes() {
        assertEquals(0, graph(0, 0, 0.1, 1).size());
        PeerGraph isolated = graph(10, 0, 0.5, 1);
        for (int u = 0; u < 10; u++) assertEquals(0, isolated.degree(u));
        // n - 1 peers each: the complete graph, which rewiring cannot change (and must not loop on)
        PeerGraph complete = graph(9, 8, 1, 1);
        assertEquals(9 * 8 / 2, simpleEdges(complete).size());
        assertThrows(IllegalArgumentException.class, () -> graph(8, 8, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> graph(100, 3, 0.1, 1));
    }
}
