package langsim.sensitivity;

import java.util.SplittableRandom;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Unit-cube samplers of the designs. Every matrix has one row per design point and one column per parameter,
 * values in [0, 1]; all are deterministic functions of their arguments (the seed included).
 */
public final class Designs {
    /** Mixed into a master seed to seed the design's sampling (sweeps and test-function studies alike). */
    public static final long SALT = 0x6A09E667F3BCC909L;
    /** Salt of the analyses' bootstrap seeds, likewise (a sweep's and the test-function study's). */
    public static final long ANALYSIS_SALT = 0xBB67AE8584CAA73BL;
    private static final double TWO52 = 0x1p52;

    private Designs() {
    }

    /** Latin hypercube: n points; in every column each of the n strata [i/n, (i+1)/n) holds exactly one point. */
    public static double[][] lhs(int n, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = permutation(n, rng);
            for (int i = 0; i < n; i++) x[i][j] = (perm[i] + rng.nextDouble()) / n;
        }
        return x;
    }

    /**
     * The first n points of the k-dimensional Sobol sequence (Joe-Kuo directions, Commons Math), each column
     * XOR-ed with a random 52-bit digital shift drawn from the seed (a random digital shift keeps the net
     * properties of the sequence and makes replicate designs independent).
     */
    public static double[][] sobol(int n, int k, long seed) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(k);
        SplittableRandom rng = new SplittableRandom(seed);
        long[] shift = new long[k];
        for (int j = 0; j < k; j++) shift[j] = rng.nextLong() & ((1L << 52) - 1);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] p = gen.nextVector();
            for (int j = 0; j < k; j++) {
                long bits = (long) (p[j] * TWO52);
                p[j] = (bits ^ shift[j]) / TWO52;
            }
            x[i] = p;
        }
        return x;
    }

    /**
     * Saltelli's scheme: a 2k-dimensional Sobol matrix split into A (first k columns) and B (last k); for each base
     * row i the block of k + 2 points A_i, AB_i^1 .. AB_i^k, B_i where AB^j is A with column j taken from B.
     * Shape: n (k + 2) rows, k columns.
     */
    public static double[][] saltelli(int n, int k, long seed) {
        double[][] base = sobol(n, 2 * k, seed);
        double[][] x = new double[n * (k + 2)][];
        for (int i = 0; i < n; i++) {
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(base[i], 0, a, 0, k);
            System.arraycopy(base[i], k, b, 0, k);
            int row = i * (k + 2);
            x[row] = a;
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                x[row + 1 + j] = ab;
            }
            x[row + k + 1] = b;
        }
        return x;
    }

    /** Grid step of a Morris design with p levels: p / (2 (p - 1)). */
    public static double morrisDelta(int p) {
        return p / (2.0 * (p - 1));
    }

    /**
     * Morris trajectories: r blocks of k + 1 points on the grid {0, 1/(p-1), .., 1}. Each block starts at a random
     * grid point and moves each parameter once, in a random order, by +delta or -delta (whichever stays in [0, 1]).
     */
    public static double[][] morris(int r, int k, int p, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double delta = morrisDelta(p);
        int stepLevels = p / 2;   // delta = (p/2) grid steps
        double[][] x = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            int[] level = new int[k];
            for (int j = 0; j < k; j++) level[j] = rng.nextInt(p);
            double[] cur = new double[k];
            for (int j = 0; j < k; j++) cur[j] = level[j] / (double) (p - 1);
            int row = t * (k + 1);
            x[row] = cur.clone();
            int[] order = permutation(k, rng);
            for (int s = 0; s < k; s++) {
                int j = order[s];
                level[j] = level[j] + stepLevels <= p - 1 ? level[j] + stepLevels : level[j] - stepLevels;
                cur[j] = level[j] / (double) (p - 1);
                x[row + 1 + s] = cur.clone();
            }
        }
        assert Math.abs(delta - stepLevels / (double) (p - 1)) < 1e-12;
        return x;
    }

    /** Full factorial over the given numbers of levels; unit coordinates index/(n-1) (0.5 for a single level). */
    public static double[][] factorial(int[] levels) {
        int k = levels.length;
        long total = 1;
        for (int n : levels) total *= n;
        if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("factorial design too large: " + total);
        double[][] x = new double[(int) total][k];
        int[] idx = new int[k];
        for (int i = 0; i < total; i++) {
            for (int j = 0; j < k; j++) x[i][j] = levels[j] == 1 ? 0.5 : idx[j] / (double) (levels[j] - 1);
            for (int j = k - 1; j >= 0; j--) {   // last parameter varies fastest
                if (++idx[j] < levels[j]) break;
                idx[j] = 0;
            }
        }
        return x;
    }

    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
