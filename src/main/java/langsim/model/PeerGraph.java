package langsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The static peer network among individuals in compressed-row form (offsets + neighbour indices), 4 bytes per edge
 * end. It is generated straight into primitive arrays (a Watts-Strogatz small world) because the network never
 * changes during a run and the per-tick loop only reads it; going through object graphs would cost several times the
 * final size at set-up.
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
     * Watts-Strogatz: a ring where each node links to its meanDegree/2 nearest successors, each link in turn (node by
     * node, nearest successor first) rewired with probability {@code rewire} to a uniformly random node that is
     * neither the node itself nor already linked to it. The graph stays simple and keeps n × meanDegree / 2 edges.
     */
    public static PeerGraph build(int n, int meanDegree, double rewire, MersenneTwisterFast random) {
        if (meanDegree % 2 != 0 || (n > 0 && meanDegree >= n)) {
            throw new IllegalArgumentException("mean degree must be even and below " + n + ", got " + meanDegree);
        }
        if (n == 0 || meanDegree == 0) return new PeerGraph(new int[n + 1], new int[0]);
        int half = meanDegree / 2;
        // edge s = (s / half, target[s]): each node owns its half successors, so every edge is stored once
        int[] target = new int[Math.multiplyExact(n, meanDegree) / 2]; // so that n × meanDegree edge ends fit an int
        int[] degree = new int[n + 1]; // becomes the offsets
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= half; j++) target[i * half + j - 1] = (i + j) % n;
            degree[i] = 2 * half;
        }
        if (rewire > 0) rewire(target, degree, n, half, rewire, random);
        return compress(target, degree, n, half);
    }

    private static void rewire(int[] target, int[] degree, int n, int half, double rewire, MersenneTwisterFast random) {
        for (int s = 0; s < target.length; s++) {
            int u = s / half;
            if (!random.nextBoolean(rewire) || degree[u] >= n - 1) continue; // a node linked to all keeps its links
            int w;
            do {
                w = random.nextInt(n);
            } while (w == u || linked(target, half, u, w));
            degree[target[s]]--;
            degree[w]++;
            target[s] = w;
        }
    }

    /** Whether u and w are linked: the edge is stored among the slots of one of them. */
    private static boolean linked(int[] target, int half, int u, int w) {
        for (int j = 0; j < half; j++) {
            if (target[u * half + j] == w || target[w * half + j] == u) return true;
        }
        return false;
    }

    /** Counting sort of the edge list into rows; {@code degree} turns into the offsets in place. */
    private static PeerGraph compress(int[] target, int[] degree, int n, int half) {
        int[] offsets = degree;
        int start = 0;
        for (int i = 0; i <= n; i++) { // offsets[i] = start of row i, shifted one right below
            int d = offsets[i];
            offsets[i] = start;
            start += d;
        }
        int[] neighbours = new int[start];
        for (int s = 0; s < target.length; s++) { // offsets[i] advances to the end of row i = start of row i + 1
            int u = s / half;
            int w = target[s];
            neighbours[offsets[u]++] = w;
            neighbours[offsets[w]++] = u;
        }
        for (int i = n; i > 0; i--) offsets[i] = offsets[i - 1];
        offsets[0] = 0;
        return new PeerGraph(offsets, neighbours);
    }
}
