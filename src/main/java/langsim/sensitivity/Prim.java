package langsim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenario discovery with PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999), as the EMA Workbench
 * implements it ({@code ema_workbench/analysis/prim.py}): a box (inclusive bounds per parameter) is shrunk from the one
 * around all cases by peeling and then grown back by pasting.
 * <ul>
 * <li><b>Peeling.</b> Each step considers, for every parameter and each end, removing the slab of the box's cases with
 * the lowest (highest) values, a share {@code peelAlpha} of the cases inside; it takes the slab that raises the
 * density the most per case removed (the EMA Workbench's default objective, "lenient1": gain in density divided by
 * the number of cases removed; ties go to the peel that leaves fewer parameters restricted, then to the first
 * parameter, low end first). Peeling stops when no peel raises the density or every peel would leave fewer than
 * {@link Options#minBoxCases(int)} cases.</li>
 * <li><b>Ties.</b> Designs repeat values (a Saltelli design repeats each value of a parameter in several rows, a
 * factorial one in many): a slab is always made of whole groups of tied values. It takes the fewest whole groups
 * from the end that hold at least {@code peelAlpha} of the cases (at least one group), so when the quantile falls
 * inside a group, the whole group goes; cases with the same value of a parameter are always in or out together, and
 * every bound is a value that occurs in the data.</li>
 * <li><b>Choice.</b> Among the boxes on the peeling trajectory with coverage at least {@code minCoverage} and density
 * at least {@code minDensity}, the reported box is the one with the largest coverage whose density is within
 * {@code densityTolerance} of the densest of them: the last peels of a trajectory often buy a point of density with
 * many points of coverage, and this stops at the knee instead. There is no box when the
 * cases of interest are too few for any box to qualify (fewer than {@link Options#minInteresting(int)}:
 * {@code minDensity} times the minimum box size) or when no box on the trajectory meets both thresholds.</li>
 * <li><b>Pasting.</b> The chosen box is then grown: each step considers, for every restricted parameter and end,
 * adding back the nearest slab (whole tie groups, at least {@code pasteAlpha} of the box's cases) of the cases just
 * outside that bound and inside every other bound, and takes the one with the highest resulting density, as long
 * as the density does not fall. This undoes peels that went too far because they were made early, when other
 * parameters still admitted many cases that are not of interest.</li>
 * </ul>
 * Coverage = cases of interest inside / all cases of interest; density = cases of interest inside / cases inside;
 * mass = cases inside / all cases.
 */
public final class Prim {
    private Prim() {
    }

    /**
     * Settings of PRIM.
     *
     * @param peelAlpha   share of the box's cases removed per peel (whole tie groups)
     * @param pasteAlpha  share of the box's cases added per paste (whole tie groups)
     * @param minMass     smallest share of all cases a box may hold
     * @param minCases    smallest number of cases a box may hold (the larger of this and {@code minMass} applies)
     * @param minDensity  smallest density of the reported box
     * @param minCoverage smallest coverage of the reported box
     * @param densityTolerance the reported box is the one with the largest coverage among the qualifying boxes whose
     *                    density is within this of the densest
     */
    public record Options(double peelAlpha, double pasteAlpha, double minMass, int minCases, double minDensity,
                          double minCoverage, double densityTolerance) {
        public static final Options DEFAULTS = new Options(0.05, 0.05, 0.05, 20, 0.5, 0.5, 0.02);

        /** Fewest cases a box may hold among {@code n}: max(minCases, ceil(minMass n)). */
        public int minBoxCases(int n) {
            return Math.max(minCases, (int) Math.ceil(minMass * n - 1e-9));
        }

        /** Fewest cases of interest for any box to qualify: ceil(minDensity minBoxCases), at least 1. */
        public int minInteresting(int n) {
            return Math.max(1, (int) Math.ceil(minDensity * minBoxCases(n) - 1e-9));
        }
    }

    /** Phase of a step of the trajectory. */
    public enum Phase {
        PEEL, PASTE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A box: inclusive bounds per parameter, the step that made it and its statistics. */
    public record Box(int step, Phase phase, double[] low, double[] high, double coverage, double density, double mass,
                      int cases, int interesting) {
        /** Whether parameter j is restricted compared with the full range {@code [lo, hi]}. */
        public boolean restricts(int j, double lo, double hi) {
            return low[j] > lo || high[j] < hi;
        }

        /** Whether a case lies inside the box. */
        public boolean contains(double[] row) {
            for (int j = 0; j < low.length; j++) if (row[j] < low[j] || row[j] > high[j]) return false;
            return true;
        }
    }

    /**
     * The outcome.
     *
     * @param trajectory     the peeling steps (the first is the box around all cases), then the pasting steps of the
     *                       chosen box (phase PASTE), in order
     * @param chosen         index in {@code trajectory} of the chosen peeled box, -1 if none
     * @param box            the reported box (the chosen one after pasting), null if none qualifies
     * @param interesting    number of cases of interest
     * @param minBoxCases    fewest cases a box may hold
     * @param minInteresting fewest cases of interest for any box to qualify
     * @param whyNone        why there is no box (null when there is one)
     */
    public record Result(List<Box> trajectory, int chosen, Box box, int interesting, int minBoxCases, int minInteresting,
                         String whyNone) {
        /** The peeling steps only. */
        public List<Box> peeling() {
            return trajectory.stream().filter(b -> b.phase() == Phase.PEEL).toList();
        }
    }

    public static Result find(double[][] x, boolean[] y, Options o) {
        int n = x.length;
        if (y.length != n) throw new IllegalArgumentException("x has " + n + " rows, y " + y.length);
        int k = n == 0 ? 0 : x[0].length;
        int total = 0;
        for (boolean b : y) if (b) total++;
        int minBox = o.minBoxCases(n);
        int minGood = o.minInteresting(n);
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
        double[] fullLow = low.clone();
        double[] fullHigh = high.clone();
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(0, Phase.PEEL, low, high, in, y, total));
        if (n == 0 || total == 0) {
            return new Result(trajectory, -1, null, total, minBox, minGood,
                    "no box: no case of interest among " + n);
        }
        peel(x, y, o, minBox, low, high, fullLow, fullHigh, in, total, trajectory);

        if (total < minGood) {
            return new Result(trajectory, -1, null, total, minBox, minGood,
                    "no box: only " + total + " cases of interest (minimum " + minGood + ")");
        }
        double densest = Double.NEGATIVE_INFINITY;
        for (Box b : trajectory) if (qualifies(b, o, minBox)) densest = Math.max(densest, b.density());
        int chosen = -1;
        for (int s = 0; s < trajectory.size(); s++) {
            Box b = trajectory.get(s);
            if (!qualifies(b, o, minBox) || b.density() + o.densityTolerance() + 1e-12 < densest) continue;
            Box c = chosen < 0 ? null : trajectory.get(chosen);
            if (c == null || b.coverage() > c.coverage() || (b.coverage() == c.coverage() && b.density() > c.density())) chosen = s;
        }
        if (chosen < 0) {
            Box best = trajectory.get(0);
            for (Box b : trajectory) if (b.coverage() + 1e-12 >= o.minCoverage() && b.density() > best.density()) best = b;
            return new Result(trajectory, -1, null, total, minBox, minGood, "no box: none on the peeling trajectory has density >= "
                    + fmt(o.minDensity()) + " with coverage >= " + fmt(o.minCoverage()) + " (the densest with that coverage: "
                    + fmt(best.density()) + ")");
        }
        Box c = trajectory.get(chosen);
        double[] pLow = c.low().clone();
        double[] pHigh = c.high().clone();
        boolean[] pin = new boolean[n];
        for (int i = 0; i < n; i++) pin[i] = c.contains(x[i]);
        Box pasted = paste(x, y, o, pLow, pHigh, fullLow, fullHigh, pin, total, trajectory);
        return new Result(trajectory, chosen, pasted == null ? c : pasted, total, minBox, minGood, null);
    }

    private static boolean qualifies(Box b, Options o, int minBox) {
        return b.cases() >= minBox && b.coverage() + 1e-12 >= o.minCoverage() && b.density() + 1e-12 >= o.minDensity();
    }

    /** Peels until no peel raises the density within the minimum box size; appends each step. */
    private static void peel(double[][] x, boolean[] y, Options o, int minBox, double[] low, double[] high,
                             double[] fullLow, double[] fullHigh, boolean[] in, int total, List<Box> trajectory) {
        int n = x.length;
        int k = low.length;
        int inside = n;
        int good = total;
        while (true) {
            double bestObj = 0;
            int bestRestricted = Integer.MAX_VALUE;
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
                    double bound = peelBound(vals, o.peelAlpha(), lowSide);
                    if (Double.isNaN(bound)) continue;
                    int kept = 0;
                    int keptGood = 0;
                    for (int i = 0; i < n; i++) {
                        if (in[i] && (lowSide ? x[i][j] >= bound : x[i][j] <= bound)) {
                            kept++;
                            if (y[i]) keptGood++;
                        }
                    }
                    if (kept < minBox || kept == inside) continue;
                    double obj = ((double) keptGood / kept - (double) good / inside) / (inside - kept);
                    int restricted = restrictedAfter(low, high, fullLow, fullHigh, j, lowSide, bound);
                    if (obj > bestObj || (obj == bestObj && bestJ >= 0 && restricted < bestRestricted)) {
                        bestObj = obj;
                        bestRestricted = restricted;
                        bestJ = j;
                        bestLow = lowSide;
                        bestBound = bound;
                    }
                }
            }
            if (bestJ < 0) return;
            for (int i = 0; i < n; i++) {
                if (in[i] && (bestLow ? x[i][bestJ] < bestBound : x[i][bestJ] > bestBound)) in[i] = false;
            }
            if (bestLow) low[bestJ] = bestBound;
            else high[bestJ] = bestBound;
            Box b = box(trajectory.size(), Phase.PEEL, low, high, in, y, total);
            inside = b.cases();
            good = b.interesting();
            trajectory.add(b);
        }
    }

    /**
     * The new bound after peeling whole tie groups from one end of the sorted values: the fewest groups holding at
     * least alpha of the values (at least one group). The new bound is the first value kept; NaN if nothing would be
     * kept.
     */
    static double peelBound(double[] sorted, double alpha, boolean lowSide) {
        int m = sorted.length;
        if (m == 0) return Double.NaN;
        int r = Math.max(1, (int) Math.ceil(alpha * m - 1e-9));
        if (r >= m) return Double.NaN;
        if (lowSide) {
            double cut = sorted[r - 1];
            int i = r;
            while (i < m && sorted[i] == cut) i++;
            return i < m ? sorted[i] : Double.NaN;
        }
        double cut = sorted[m - r];
        int i = m - r - 1;
        while (i >= 0 && sorted[i] == cut) i--;
        return i >= 0 ? sorted[i] : Double.NaN;
    }

    private static int restrictedAfter(double[] low, double[] high, double[] fullLow, double[] fullHigh, int j,
                                       boolean lowSide, double bound) {
        int r = 0;
        for (int d = 0; d < low.length; d++) {
            double lo = d == j && lowSide ? bound : low[d];
            double hi = d == j && !lowSide ? bound : high[d];
            if (lo > fullLow[d] || hi < fullHigh[d]) r++;
        }
        return r;
    }

    /** Pastes while some paste keeps the density from falling; appends each step; the last box, or null if none. */
    private static Box paste(double[][] x, boolean[] y, Options o, double[] low, double[] high, double[] fullLow,
                             double[] fullHigh, boolean[] in, int total, List<Box> trajectory) {
        int n = x.length;
        int k = low.length;
        Box last = null;
        int inside = 0;
        int good = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                inside++;
                if (y[i]) good++;
            }
        }
        while (true) {
            double density = (double) good / inside;
            double bestDensity = -1;
            int bestJ = -1;
            boolean bestLow = false;
            double bestBound = 0;
            for (int j = 0; j < k; j++) {
                for (int side = 0; side < 2; side++) {
                    boolean lowSide = side == 0;
                    if (lowSide ? low[j] <= fullLow[j] : high[j] >= fullHigh[j]) continue;
                    // cases just beyond this bound, inside every other bound, nearest first
                    List<Double> outside = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (!in[i] && (lowSide ? x[i][j] < low[j] : x[i][j] > high[j]) && insideExcept(x[i], low, high, j)) {
                            outside.add(x[i][j]);
                        }
                    }
                    if (outside.isEmpty()) continue;
                    double[] vals = outside.stream().mapToDouble(Double::doubleValue).toArray();
                    Arrays.sort(vals);
                    int m = vals.length;
                    int r = Math.min(m, Math.max(1, (int) Math.ceil(o.pasteAlpha() * inside - 1e-9)));
                    double bound = lowSide ? vals[m - r] : vals[r - 1];
                    int added = 0;
                    int addedGood = 0;
                    for (int i = 0; i < n; i++) {
                        if (!in[i] && (lowSide ? x[i][j] >= bound && x[i][j] < low[j] : x[i][j] <= bound && x[i][j] > high[j])
                                && insideExcept(x[i], low, high, j)) {
                            added++;
                            if (y[i]) addedGood++;
                        }
                    }
                    double d = (double) (good + addedGood) / (inside + added);
                    if (d + 1e-12 < density) continue;
                    if (d > bestDensity) {
                        bestDensity = d;
                        bestJ = j;
                        bestLow = lowSide;
                        bestBound = bound;
                    }
                }
            }
            if (bestJ < 0) return last;
            if (bestLow) low[bestJ] = bestBound;
            else high[bestJ] = bestBound;
            for (int i = 0; i < n; i++) {
                if (!in[i] && insideExcept(x[i], low, high, -1)) in[i] = true;
            }
            last = box(trajectory.size(), Phase.PASTE, low, high, in, y, total);
            inside = last.cases();
            good = last.interesting();
            trajectory.add(last);
        }
    }

    private static boolean insideExcept(double[] row, double[] low, double[] high, int skip) {
        for (int d = 0; d < low.length; d++) {
            if (d != skip && (row[d] < low[d] || row[d] > high[d])) return false;
        }
        return true;
    }

    private static Box box(int step, Phase phase, double[] low, double[] high, boolean[] in, boolean[] y, int total) {
        int cases = 0;
        int good = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                cases++;
                if (y[i]) good++;
            }
        }
        return new Box(step, phase, low.clone(), high.clone(), total == 0 ? Double.NaN : (double) good / total,
                cases == 0 ? Double.NaN : (double) good / cases, in.length == 0 ? Double.NaN : (double) cases / in.length,
                cases, good);
    }

    /** Numbers in messages people read: 3 significant digits. */
    private static String fmt(double v) {
        return langsim.output.Num.readable(v);
    }
}
