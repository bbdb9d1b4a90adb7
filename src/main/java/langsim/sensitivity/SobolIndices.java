package langsim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * First-order (S1) and total (ST) Sobol indices from model outputs over Saltelli's scheme, with the estimators of
 * Saltelli et al. (2010, Comput. Phys. Commun. 181:259): S1_j = mean(f(B) (f(AB_j) - f(A))) / V and Jansen's
 * ST_j = mean((f(A) - f(AB_j))^2) / (2 V), V the variance of f over A and B. Confidence intervals are percentile
 * bootstrap intervals over the base rows.
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
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        for (int i = 0; i < n; i++) {
            int row = i * (k + 2);
            fa[i] = y[row];
            for (int j = 0; j < k; j++) fab[j][i] = y[row + 1 + j];
            fb[i] = y[row + k + 1];
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

    /** [0][j] = S1_j, [1][j] = ST_j over the base rows {@code idx} (NaN if the output does not vary). */
    static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] idx) {
        int n = idx.length;
        int k = fab.length;
        double sum = 0;
        double sumSq = 0;
        for (int i : idx) {
            sum += fa[i] + fb[i];
            sumSq += fa[i] * fa[i] + fb[i] * fb[i];
        }
        double mean = sum / (2 * n);
        double var = sumSq / (2 * n) - mean * mean;
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
            out[1][j] = var > 0 ? st / (2.0 * n) / var : Double.NaN;
        }
        return out;
    }
}
