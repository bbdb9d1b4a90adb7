package langsim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris elementary effects (Morris 1991; mu* of Campolongo et al. 2007): per parameter the mean (mu), mean absolute
 * value (mu_star) and standard deviation (sigma) of the elementary effects over the trajectories, in output units
 * per unit of the parameter's (normalised) range; bootstrap intervals over trajectories.
 */
public final class MorrisIndices {
    private MorrisIndices() {
    }

    /**
     * @param unit unit coordinates of the design, r blocks of k + 1 points (one trajectory each)
     * @param y    outputs at those points
     */
    public static List<IndexRow> analyze(double[][] unit, double[] y, int k, List<String> names, String output,
                                         int bootstrap, double confidence, long seed) {
        int r = y.length / (k + 1);
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            int row = t * (k + 1);
            for (int s = 0; s < k; s++) {
                double[] a = unit[row + s];
                double[] b = unit[row + s + 1];
                int moved = -1;
                for (int j = 0; j < k; j++) if (a[j] != b[j]) moved = j;
                if (moved < 0) throw new IllegalArgumentException("trajectory " + t + " step " + s + " moves no parameter");
                ee[moved][t] = (y[row + s + 1] - y[row + s]) / (b[moved] - a[moved]);
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] samples = new int[bootstrap][r];
        for (int b = 0; b < bootstrap; b++) for (int t = 0; t < r; t++) samples[b][t] = rng.nextInt(r);
        List<IndexRow> rows = new ArrayList<>();
        String[] index = {"mu", "mu_star", "sigma"};
        for (int j = 0; j < k; j++) {
            double[] est = stats(ee[j], null);
            double[][] boot = new double[3][bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double[] e = stats(ee[j], samples[b]);
                for (int s = 0; s < 3; s++) boot[s][b] = e[s];
            }
            for (int s = 0; s < 3; s++) {
                double[] ci = Stats.percentileInterval(boot[s], confidence);
                rows.add(new IndexRow(output, names.get(j), "morris", index[s], est[s], ci[0], ci[1]));
            }
        }
        return rows;
    }

    private static double[] stats(double[] e, int[] idx) {
        int n = idx == null ? e.length : idx.length;
        double sum = 0;
        double abs = 0;
        for (int i = 0; i < n; i++) {
            double v = e[idx == null ? i : idx[i]];
            sum += v;
            abs += Math.abs(v);
        }
        double mu = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double v = e[idx == null ? i : idx[i]];
            ss += (v - mu) * (v - mu);
        }
        double sigma = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        return new double[] {mu, abs / n, sigma};
    }
}
