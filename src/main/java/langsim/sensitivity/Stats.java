package langsim.sensitivity;

import java.util.Arrays;

/** Small deterministic statistics helpers. */
public final class Stats {
    private Stats() {
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Population variance. */
    public static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / x.length;
    }

    /** Percentile (linear interpolation between order statistics), q in [0, 1]. Sorts a copy. */
    public static double quantile(double[] x, double q) {
        double[] s = x.clone();
        Arrays.sort(s);
        if (s.length == 0) return Double.NaN;
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /** Percentile bootstrap interval of the values {@code boot}, dropping NaNs; NaN bounds if none. */
    public static double[] percentileInterval(double[] boot, double confidence) {
        double[] ok = Arrays.stream(boot).filter(v -> !Double.isNaN(v)).toArray();
        if (ok.length == 0) return new double[] {Double.NaN, Double.NaN};
        double a = (1 - confidence) / 2;
        return new double[] {quantile(ok, a), quantile(ok, 1 - a)};
    }
}
