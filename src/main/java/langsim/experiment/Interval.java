package langsim.experiment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean across replications with its 95 % confidence interval (Student t). With one value, or values
 * that are all NaN, the bounds are NaN. NaN values (e.g. a layer with no work that year) are skipped.
 */
public record Interval(double mean, double low, double high, int n) {

    public static Interval of(double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            if (!Double.isNaN(v)) stats.addValue(v);
        }
        int n = (int) stats.getN();
        if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = stats.getMean();
        if (n == 1) return new Interval(mean, Double.NaN, Double.NaN, 1);
        double half = t975(n - 1) * stats.getStandardDeviation() / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half, n);
    }

    /**
     * The 97.5 % quantile of Student's t with df degrees of freedom, computed once per df: charts ask for thousands of
     * intervals, and each new TDistribution seeds a random generator and solves for the quantile numerically.
     */
    static double t975(int df) {
        return T975.computeIfAbsent(df, d -> new TDistribution(null, d).inverseCumulativeProbability(0.975));
    }

    private static final Map<Integer, Double> T975 = new ConcurrentHashMap<>();

    /** The interval cut to [min, max], for quantities that cannot leave it (shares). */
    public Interval within(double min, double max) {
        return new Interval(mean, Double.isNaN(low) ? low : Math.max(min, low), Double.isNaN(high) ? high : Math.min(max, high), n);
    }
}
