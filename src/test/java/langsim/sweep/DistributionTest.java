package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import langsim.sensitivity.Designs;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/**
 * Each distribution's values over a Latin hypercube (n points, one per probability stratum) have the distribution's
 * mean and sd (formulas computed here, independently of the mapping), stay within the bounds and have the right
 * quantiles.
 */
class DistributionTest {
    static final int N = 4000;

    private static double[] sample(SweepParameter p) {
        double[][] u = Designs.lhs(N, 1, 7);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) x[i] = p.fromUnit(u[i][0]);
        return x;
    }

    private static SweepParameter param(ParameterDistribution d) {
        return new SweepParameter("x", "", d.lo(), d.hi(), List.of(), Double.NaN, false, d);
    }

    private static double mean(double[] x) {
        return StatUtils.mean(x);
    }

    private static double sd(double[] x) {
        return Math.sqrt(StatUtils.variance(x));   // sample variance (n - 1)
    }

    private static double fractionBelow(double[] x, double q) {
        int c = 0;
        for (double v : x) if (v <= q) c++;
        return (double) c / x.length;
    }

    /** LHS stratifies, so the sample mean is far tighter than sd/sqrt(n); 4 sd/sqrt(n) is a safe, still sharp bound. */
    private static void assertMoments(double[] x, double mean, double sd, double lo, double hi) {
        double tol = 4 * sd / Math.sqrt(N);
        assertEquals(mean, mean(x), tol, "mean");
        assertEquals(sd, sd(x), 0.03 * sd, "sd");
        for (double v : x) assertTrue(v >= lo && v <= hi, v + " outside [" + lo + ", " + hi + "]");
    }

    @Test
    void uniform() {
        double[] x = sample(param(ParameterDistribution.uniform(2, 5)));
        assertMoments(x, 3.5, 3 / Math.sqrt(12), 2, 5);
        assertEquals(0.25, fractionBelow(x, 2.75), 0.01);
    }

    @Test
    void truncatedNormalRespectsBoundsAndHasTheTruncatedMoments() {
        double mu = 1, s = 0.5, a = 0.6, b = 2.5;
        double[] x = sample(param(new ParameterDistribution(Distribution.NORMAL, a, b, mu, s, Double.NaN)));
        // moments of the normal truncated to [a, b]
        NormalDistribution z = new NormalDistribution();
        double al = (a - mu) / s, be = (b - mu) / s;
        double zz = z.cumulativeProbability(be) - z.cumulativeProbability(al);
        double pa = z.density(al), pb = z.density(be);
        double mean = mu + s * (pa - pb) / zz;
        double var = s * s * (1 + (al * pa - be * pb) / zz - Math.pow((pa - pb) / zz, 2));
        assertMoments(x, mean, Math.sqrt(var), a, b);
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (double v : x) { min = Math.min(min, v); max = Math.max(max, v); }
        assertTrue(min >= a && min < a + 0.01, "min " + min);
        assertTrue(max <= b && max > 2.2, "max " + max);
        // median of the truncated normal: F^-1((F(a) + F(b)) / 2)
        NormalDistribution n = new NormalDistribution(mu, s);
        double median = n.inverseCumulativeProbability((n.cumulativeProbability(a) + n.cumulativeProbability(b)) / 2);
        assertEquals(0.5, fractionBelow(x, median), 0.01);
    }

    @Test
    void normalWithWideBoundsIsTheNormal() {
        double[] x = sample(param(new ParameterDistribution(Distribution.NORMAL, -10, 10, 0, 1, Double.NaN)));
        assertMoments(x, 0, 1, -10, 10);
        assertEquals(0.975, fractionBelow(x, 1.959964), 0.005);
    }

    @Test
    void logUniform() {
        double a = 0.01, b = 100;
        double[] x = sample(param(new ParameterDistribution(Distribution.LOG_UNIFORM, a, b, Double.NaN, Double.NaN, Double.NaN)));
        double l = Math.log(b / a);
        double mean = (b - a) / l;
        double var = (b * b - a * a) / (2 * l) - mean * mean;
        assertMoments(x, mean, Math.sqrt(var), a, b);
        // each decade holds a quarter of the points
        assertEquals(0.25, fractionBelow(x, 0.1), 0.01);
        assertEquals(0.5, fractionBelow(x, 1), 0.01);
    }

    @Test
    void triangular() {
        double a = 0, c = 1, b = 4;
        double[] x = sample(param(new ParameterDistribution(Distribution.TRIANGULAR, a, b, Double.NaN, Double.NaN, c)));
        double mean = (a + b + c) / 3;
        double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        assertMoments(x, mean, Math.sqrt(var), a, b);
        // P(X <= c) = (c - a) / (b - a)
        assertEquals(0.25, fractionBelow(x, c), 0.01);
    }

    @Test
    void discreteLevelsAppearWithEqualFrequency() {
        SweepParameter p = new SweepParameter("x", "", 1, 8, List.of(1.0, 2.0, 4.0, 8.0), Double.NaN, false);
        for (double[][] u : new double[][][] {Designs.lhs(N, 1, 3), Designs.sobol(1024, 1, 3)}) {
            int[] count = new int[4];
            for (double[] row : u) count[p.levels().indexOf(p.fromUnit(row[0]))]++;
            for (int c : count) assertEquals(u.length / 4.0, c, 1, java.util.Arrays.toString(count));
        }
    }

    @Test
    void cdfInvertsTheQuantile() {
        for (ParameterDistribution d : List.of(ParameterDistribution.uniform(-1, 3),
                new ParameterDistribution(Distribution.NORMAL, 0, 3, 1, 1, Double.NaN),
                new ParameterDistribution(Distribution.LOG_UNIFORM, 0.5, 50, Double.NaN, Double.NaN, Double.NaN),
                new ParameterDistribution(Distribution.TRIANGULAR, 0, 2, Double.NaN, Double.NaN, 0.5))) {
            assertEquals(d.lo(), d.quantile(0), 1e-12);
            assertEquals(d.hi(), d.quantile(1), 1e-12);
            for (double u = 0.05; u < 1; u += 0.1) assertEquals(u, d.cdf(d.quantile(u)), 1e-7, d.kind() + " at " + u);
        }
    }

    @Test
    void oatLevelsOfANonUniformDistributionAreQuantilesFrom1To99Percent() {
        ParameterDistribution d = new ParameterDistribution(Distribution.NORMAL, -10, 10, 0, 1, Double.NaN);
        List<Double> levels = param(d).levels(3);
        assertEquals(-2.326348, levels.get(0), 1e-5);
        assertEquals(0, levels.get(1), 1e-9);
        assertEquals(2.326348, levels.get(2), 1e-5);
        assertEquals(List.of(2.0, 3.5, 5.0), param(ParameterDistribution.uniform(2, 5)).levels(3), "uniform keeps min..max");
    }
}
