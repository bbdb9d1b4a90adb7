package langsim.sweep;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * A resolved distribution on the bounded range [lo, hi]: its inverse CDF maps a design's uniform coordinate to a
 * value, its CDF maps a value back. Every supported distribution is bounded, so quantile(0) = lo and quantile(1) = hi.
 */
public record ParameterDistribution(Distribution kind, double lo, double hi, double mean, double sd, double mode) {
    /** Probability range of the factorial / one-at-a-time levels of a non-uniform distribution. */
    public static final double LEVEL_LOW = 0.01;
    public static final double LEVEL_HIGH = 0.99;

    public static ParameterDistribution uniform(double lo, double hi) {
        return new ParameterDistribution(Distribution.UNIFORM, lo, hi, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The value at probability u in [0, 1] (clamped into [lo, hi]). */
    public double quantile(double u) {
        u = Math.min(1, Math.max(0, u));
        double v = switch (kind) {
            case UNIFORM -> lo + u * (hi - lo);
            case LOG_UNIFORM -> Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)));
            case TRIANGULAR -> u == 0 ? lo : u == 1 ? hi : triangular().inverseCumulativeProbability(u);
            case NORMAL -> {
                if (u == 0) yield lo;
                if (u == 1) yield hi;
                NormalDistribution n = normal();
                double fa = n.cumulativeProbability(lo);
                double fb = n.cumulativeProbability(hi);
                yield n.inverseCumulativeProbability(fa + u * (fb - fa));
            }
        };
        return Math.min(hi, Math.max(lo, v));
    }

    /** The probability of a value at or below v (0 below lo, 1 above hi). */
    public double cdf(double v) {
        if (v <= lo) return 0;
        if (v >= hi) return 1;
        return switch (kind) {
            case UNIFORM -> (v - lo) / (hi - lo);
            case LOG_UNIFORM -> (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
            case TRIANGULAR -> triangular().cumulativeProbability(v);
            case NORMAL -> {
                NormalDistribution n = normal();
                double fa = n.cumulativeProbability(lo);
                double fb = n.cumulativeProbability(hi);
                yield (n.cumulativeProbability(v) - fa) / (fb - fa);
            }
        };
    }

    /** Probability mass the untruncated normal puts on [lo, hi] (1 for the other distributions). */
    public double mass() {
        if (kind != Distribution.NORMAL) return 1;
        NormalDistribution n = normal();
        return n.cumulativeProbability(hi) - n.cumulativeProbability(lo);
    }

    /** SALib's name of the distribution ({@code unif}, {@code truncnorm}, {@code triang}); log-uniform has none. */
    public String salibDist() {
        return switch (kind) {
            case UNIFORM, LOG_UNIFORM -> "unif";
            case NORMAL -> "truncnorm";
            case TRIANGULAR -> "triang";
        };
    }

    /** SALib's bounds entry: [lo, hi], [lo, hi, mean, sd] (truncnorm), [lo, hi, peak as a fraction of the width] (triang). */
    public List<Double> salibBounds() {
        return switch (kind) {
            case UNIFORM, LOG_UNIFORM -> List.of(lo, hi);
            case NORMAL -> List.of(lo, hi, mean, sd);
            case TRIANGULAR -> List.of(lo, hi, (mode - lo) / (hi - lo));
        };
    }

    private NormalDistribution normal() {
        return new NormalDistribution(null, mean, sd, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    private TriangularDistribution triangular() {
        return new TriangularDistribution(null, lo, mode, hi);
    }
}
