package langsim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenario discovery with PRIM (Friedman and Fisher 1999, as used by the EMA Workbench): starting from the box around
 * all cases, repeatedly peel the slice (a share alpha of the remaining cases at the low or high end of one parameter)
 * whose removal gives the highest density of cases of interest, until the box would hold less than a minimum mass.
 * The reported box is the densest on the peeling trajectory whose coverage is at least {@code minCoverage}.
 * Coverage = cases of interest inside / all cases of interest; density = cases of interest inside / cases inside.
 */
public final class Prim {
    private Prim() {
    }

    /** A box: bounds per parameter (inclusive) and its statistics. */
    public record Box(double[] low, double[] high, double coverage, double density, double mass, int cases,
                      int interesting) {
        /** Whether parameter j is restricted compared with the full range {@code [lo, hi]}. */
        public boolean restricts(int j, double lo, double hi) {
            return low[j] > lo || high[j] < hi;
        }
    }

    /** The peeling trajectory (first = all cases) and the chosen box; null box if no case is of interest. */
    public record Result(List<Box> trajectory, Box box) {
    }

    public static Result find(double[][] x, boolean[] y, double alpha, double minMass, double minCoverage) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int totalInteresting = 0;
        for (boolean b : y) if (b) totalInteresting++;
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        double[] low = new double[k];
        double[] high = new double[k];
        for (int j = 0; j < k; j++) {
            low[j] = Double.POSITIVE_INFINITY;
            high[j] = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                low[j] = Math.min(low[j], row[j]);
                high[j] = Math.max(high[j], row[j]);
            }
        }
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(low, high, in, y, totalInteresting));
        if (totalInteresting == 0 || n == 0) return new Result(trajectory, null);
        while (true) {
            int inside = count(in);
            double bestDensity = -1;
            int bestJ = -1;
            boolean bestLow = false;
            double bestBound = 0;
            for (int j = 0; j < k; j++) {
                double[] vals = new double[inside];
                int c = 0;
                for (int i = 0; i < n; i++) if (in[i]) vals[c++] = x[i][j];
                Arrays.sort(vals);
                for (int side = 0; side < 2; side++) {
                    boolean lowSide = side == 0;
                    double q = Stats.quantile(vals, lowSide ? alpha : 1 - alpha);
                    // the new bound removes the values strictly beyond q; with ties at the extreme, the next value
                    double bound = q;
                    if (lowSide && q <= vals[0]) bound = next(vals, vals[0], true);
                    if (!lowSide && q >= vals[inside - 1]) bound = next(vals, vals[inside - 1], false);
                    if (Double.isNaN(bound)) continue;
                    int kept = 0;
                    int good = 0;
                    for (int i = 0; i < n; i++) {
                        if (!in[i]) continue;
                        boolean keep = lowSide ? x[i][j] >= bound : x[i][j] <= bound;
                        if (keep) {
                            kept++;
                            if (y[i]) good++;
                        }
                    }
                    if (kept == inside || kept < minMass * n || kept == 0) continue;
                    double density = (double) good / kept;
                    if (density > bestDensity) {
                        bestDensity = density;
                        bestJ = j;
                        bestLow = lowSide;
                        bestBound = bound;
                    }
                }
            }
            if (bestJ < 0) break;
            for (int i = 0; i < n; i++) {
                if (in[i] && (bestLow ? x[i][bestJ] < bestBound : x[i][bestJ] > bestBound)) in[i] = false;
            }
            if (bestLow) low[bestJ] = bestBound;
            else high[bestJ] = bestBound;
            trajectory.add(box(low, high, in, y, totalInteresting));
        }
        Box chosen = null;
        for (Box b : trajectory) {
            if (b.coverage() + 1e-12 < minCoverage) continue;
            if (chosen == null || b.density() > chosen.density()
                    || (b.density() == chosen.density() && b.coverage() > chosen.coverage())) chosen = b;
        }
        if (chosen == null) chosen = trajectory.get(0);
        return new Result(trajectory, chosen);
    }

    private static double next(double[] sorted, double v, boolean up) {
        if (up) {
            for (double s : sorted) if (s > v) return s;
        } else {
            for (int i = sorted.length - 1; i >= 0; i--) if (sorted[i] < v) return sorted[i];
        }
        return Double.NaN;
    }

    private static int count(boolean[] in) {
        int c = 0;
        for (boolean b : in) if (b) c++;
        return c;
    }

    private static Box box(double[] low, double[] high, boolean[] in, boolean[] y, int totalInteresting) {
        int cases = 0;
        int good = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                cases++;
                if (y[i]) good++;
            }
        }
        return new Box(low.clone(), high.clone(), totalInteresting == 0 ? Double.NaN : (double) good / totalInteresting,
                cases == 0 ? Double.NaN : (double) good / cases, (double) cases / in.length, cases, good);
    }
}
