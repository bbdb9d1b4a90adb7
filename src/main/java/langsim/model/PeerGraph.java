package langsim.model;

import ec.util.MersenneTwisterFast;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The static peer network among individuals in compressed-row form (offsets + neighbour indices),
 * about 4 bytes per edge end. It is generated as a MASON {@link Network} field (a Watts-Strogatz small
 * world) and frozen, because the network never changes during a run and the per-tick loop only reads it.
 */
public final class PeerGraph {
    private final int[] offsets;
    private final int[] neighbours;

    private PeerGraph(int[] offsets, int[] neighbours) {
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    public int size() {
        return offsets.length - 1;
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    int[] offsets() {
        return offsets;
    }

    int[] neighbours() {
        return neighbours;
    }

    /**
     * Watts-Strogatz: a ring where each node links to its meanDegree/2 nearest successors, each link
     * rewired to a uniformly random node with probability {@code rewire}.
     */
    public static Network smallWorld(int n, int meanDegree, double rewire, MersenneTwisterFast random) {
        Network network = new Network(false);
        Integer[] nodes = new Integer[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
            network.addNode(nodes[i]);
        }
        int half = meanDegree / 2;
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= half; j++) {
                int target = (i + j) % n;
                if (random.nextBoolean(rewire)) {
                    target = random.nextInt(n);
                    if (target == i) target = (i + j) % n; // no self-loops
                }
                network.addEdge(nodes[i], nodes[target], null);
            }
        }
        return network;
    }

    /** Freezes an undirected MASON network whose nodes are the Integers 0..n-1. */
    public static PeerGraph freeze(Network network, int n) {
        int[] offsets = new int[n + 1];
        Bag edges = new Bag();
        for (int i = 0; i < n; i++) {
            edges.clear();
            network.getEdges(i, edges);
            offsets[i + 1] = offsets[i] + edges.numObjs;
        }
        int[] neighbours = new int[offsets[n]];
        for (int i = 0; i < n; i++) {
            edges.clear();
            network.getEdges(i, edges);
            for (int e = 0; e < edges.numObjs; e++) {
                neighbours[offsets[i] + e] = (Integer) ((Edge) edges.objs[e]).getOtherNode(i);
            }
        }
        return new PeerGraph(offsets, neighbours);
    }

    public static PeerGraph build(int n, int meanDegree, double rewire, MersenneTwisterFast random) {
        if (n == 0 || meanDegree == 0) return new PeerGraph(new int[n + 1], new int[0]);
        return freeze(smallWorld(n, meanDegree, rewire, random), n);
    }
}
