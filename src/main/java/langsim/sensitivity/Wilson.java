package langsim.sensitivity;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Wilson score interval of a binomial proportion (Wilson 1927): well-behaved at 0, 1 and small n. */
public final class Wilson {
    private Wilson() {
    }

    /** {low, high} for {@code successes} out of {@code n} at the given confidence; NaN bounds if n = 0. */
    public static double[] interval(long successes, long n, double confidence) {
        if (n <= 0) return new double[] {Double.NaN, Double.NaN};
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double p = (double) successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
