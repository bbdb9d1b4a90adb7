package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import langsim.scenario.Distribution;
import langsim.scenario.Distribution.Kind;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/** Agent weights: each kind of distribution gives the stated mean and sd of the drawn value, within its bounds. */
class WeightSamplerTest {
    private static final int DRAWS = 200_000;

    private static double[] draw(Distribution spec, long seed) {
        WeightSampler sampler = new WeightSampler(spec, new RandomAdapter(new MersenneTwisterFast(seed)));
        double[] x = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) x[i] = sampler.sample();
        return x;
    }

    private static double mean(double[] x) {
        return StatUtils.mean(x);
    }

    private static double sd(double[] x) {
        return Math.sqrt(StatUtils.variance(x));   // sample variance (n - 1)
    }

    /**
     * Sample mean within 5 standard errors of {@code mean}, sample sd within {@code sdTolerance} (relative) of
     * {@code sd}: the sd's sampling error is about sd·sqrt((kurtosis - 1) / 4N), 0.2% for a normal at this N, more
     * for skewed kinds.
     */
    private static void assertMoments(double[] x, double mean, double sd, double sdTolerance, String what) {
        assertEquals(mean, mean(x), 5 * sd / Math.sqrt(x.length), what + ": mean");
        assertEquals(sd, sd(x), sdTolerance * sd, what + ": sd");
    }

    @Test
    void constantsAndZeroSpreadGiveTheMean() {
        for (Distribution d : new Distribution[] {Distribution.constant(1.7), new Distribution(Kind.NORMAL, 1.7, 0, -9, 9),
            new Distribution(Kind.LOGNORMAL, 1.7, 0, 0, 9)}) {
            for (double v : draw(d, 1)) assertEquals(1.7, v);
        }
    }

    @Test
    void normalHasItsMeanAndSd() {
        assertMoments(draw(new Distribution(Kind.NORMAL, 2, 0.5, -1e9, 1e9), 2), 2, 0.5, 0.01, "normal");
    }

    @Test
    void normalIsClippedToItsBoundsWithTheTailsPiledOnThem() {
        // clipped one sd either side: P(at min) = P(at max) = Phi(-1) = 0.158655
        double[] x = draw(new Distribution(Kind.NORMAL, 1, 0.5, 0.5, 1.5), 3);
        int low = 0;
        int high = 0;
        for (double v : x) {
            assertTrue(v >= 0.5 && v <= 1.5, "within [min, max]: " + v);
            if (v == 0.5) low++;
            if (v == 1.5) high++;
        }
        double p = 0.158655;
        double bound = 5 * Math.sqrt(DRAWS * p * (1 - p));
        assertEquals(DRAWS * p, low, bound);
        assertEquals(DRAWS * p, high, bound);
    }

    @Test
    void lognormalHasTheMeanAndSdOfTheValueItself() {
        double[] x = draw(Distribution.lognormal(1.2, 0.4), 4);
        assertMoments(x, 1.2, 0.4, 0.03, "lognormal");
        for (double v : x) assertTrue(v > 0);
        // and it is lognormal: log x is normal with variance ln(1 + cv^2)
        double[] logs = java.util.Arrays.stream(x).map(Math::log).toArray();
        assertEquals(Math.sqrt(Math.log1p(0.4 * 0.4 / (1.2 * 1.2))), sd(logs), 0.01 * sd(logs));
    }

    @Test
    void gammaHasItsMeanAndSd() {
        double[] x = draw(new Distribution(Kind.GAMMA, 3, 1.5, 0, 1e9), 5);
        assertMoments(x, 3, 1.5, 0.03, "gamma");
        for (double v : x) assertTrue(v > 0);
    }

    @Test
    void uniformCoversItsInterval() {
        double[] x = draw(new Distribution(Kind.UNIFORM, 0, 0, -1, 3), 6);
        assertMoments(x, 1, 4 / Math.sqrt(12), 0.01, "uniform");
        for (double v : x) assertTrue(v >= -1 && v < 3);
        int below = 0;
        for (double v : x) if (v < 0) below++;
        assertEquals(DRAWS * 0.25, below, 5 * Math.sqrt(DRAWS * 0.25 * 0.75), "a quarter of the draws in [-1, 0)");
    }

    @Test
    void sameStreamSameWeights() {
        Distribution d = new Distribution(Kind.GAMMA, 2, 1, 0, 1e9);
        assertTrue(java.util.Arrays.equals(draw(d, 9), draw(d, 9)));
    }
}
