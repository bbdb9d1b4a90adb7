package langsim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * First-order (S1) and total (ST) Sobol indices from model outputs over Saltelli's scheme, computed as SALib 1.5.2's
 * {@code SALib.analyze.sobol.analyze} (with {@code calc_second_order=False}) does:
 * <pre>
 *   y'   = (y - mean(y)) / std(y)           over all n (k + 2) evaluations (population std), once
 *   V    = var([y'_A ; y'_B])               population variance of the 2n base evaluations
 *   S1_j = mean(y'_B (y'_ABj - y'_A)) / V    Saltelli et al. (2010, Comput. Phys. Commun. 181:259), eq. (b)
 *   ST_j = mean((y'_A - y'_ABj)^2) / (2 V)  Jansen (1999), as in Saltelli et al. (2010), eq. (f)
 * </pre>
 * Centring makes both estimators invariant to shifting the output by a constant, and the ratio to V to scaling it;
 * without centring S1 moves with the output's offset (its term mean(y_B) mean(y_ABj - y_A) is not zero on a finite
 * sample). The bootstrap resamples the n base rows with replacement (each row keeps its A, AB_1..AB_k and B
 * evaluations) and recomputes V, S1 and ST on the resample from the same centred values y' (the mean is not
 * recomputed per resample, as in SALib). Intervals are percentile intervals of the bootstrap estimates; SALib
 * reports instead the point estimate +- z_{(1+c)/2} sd(bootstrap estimates) (sd with ddof 1). An output constant
 * over the sample (or a resample) gives NaN where SALib gives 0; NaN resamples are left out of the intervals.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /**
     * @param y       outputs in Saltelli order: for each of n base rows the block f(A), f(AB_1) .. f(AB_k), f(B)
     * @param k       number of parameters
     * @param names   parameter names (k)
     * @param output  output name for the rows
     * @return rows S1 and ST per parameter (method "sobol")
     */
    public static List<IndexRow> analyze(double[] y, int k, List<String> names, String output, int bootstrap,
                                         double confidence, long seed) {
        int n = y.length / (k + 2);
        if (n * (k + 2) != y.length) throw new IllegalArgumentException("outputs are not in Saltelli blocks of " + (k + 2));
        double[] z = standardise(y);
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        for (int i = 0; i < n; i++) {
            int row = i * (k + 2);
            fa[i] = z[row];
            for (int j = 0; j < k; j++) fab[j][i] = z[row + 1 + j];
            fb[i] = z[row + k + 1];
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        double[][] point = estimate(fa, fb, fab, all);
        double[][][] boot = new double[2][k][bootstrap];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] idx = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int i = 0; i < n; i++) idx[i] = rng.nextInt(n);
            double[][] e = estimate(fa, fb, fab, idx);
            for (int j = 0; j < k; j++) {
                boot[0][j][b] = e[0][j];
                boot[1][j][b] = e[1][j];
            }
        }
        List<IndexRow> rows = new ArrayList<>();
        String[] index = {"S1", "ST"};
        for (int j = 0; j < k; j++) {
            for (int s = 0; s < 2; s++) {
                double[] ci = Stats.percentileInterval(boot[s][j], confidence);
                rows.add(new IndexRow(output, names.get(j), "sobol", index[s], point[s][j], ci[0], ci[1]));
            }
        }
        return rows;
    }

    /** (y - mean(y)) / std(y) over all values, population std, two passes as numpy; all NaN if y is constant. */
    static double[] standardise(double[] y) {
        double mean = Stats.mean(y);
        double sd = Math.sqrt(Stats.variance(y));
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) z[i] = sd > 0 ? (y[i] - mean) / sd : Double.NaN;
        return z;
    }

    /**
     * [0][j] = S1_j, [1][j] = ST_j over the base rows {@code idx} (repeats allowed) of already centred outputs; NaN if
     * the output does not vary over those rows' A and B evaluations.
     */
    static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] idx) {
        int n = idx.length;
        int k = fab.length;
        double sum = 0;
        for (int i : idx) sum += fa[i] + fb[i];
        double mean = sum / (2 * n);
        double ss = 0;
        for (int i : idx) {
            double da = fa[i] - mean;
            double db = fb[i] - mean;
            ss += da * da + db * db;
        }
        double var = ss / (2 * n);
        double[][] out = new double[2][k];
        for (int j = 0; j < k; j++) {
            double s1 = 0;
            double st = 0;
            for (int i : idx) {
                double d = fab[j][i] - fa[i];
                s1 += fb[i] * d;
                st += d * d;
            }
            out[0][j] = var > 0 ? s1 / n / var : Double.NaN;
            out[1][j] = var > 0 ? 0.5 * (st / n) / var : Double.NaN;
        }
        return out;
    }
}
