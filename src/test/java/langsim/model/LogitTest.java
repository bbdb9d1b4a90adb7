package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** Multinomial-logit choice: frequencies exp(u_i) / sum exp(u_j), whatever the scale of the utilities. */
class LogitTest {
    /** The logit probabilities, computed here in the textbook form (fine for moderate utilities). */
    private static double[] probabilities(double... u) {
        double[] p = new double[u.length];
        double sum = 0;
        for (int i = 0; i < u.length; i++) sum += p[i] = Math.exp(u[i]);
        for (int i = 0; i < u.length; i++) p[i] /= sum;
        return p;
    }

    /** Share of each choice over a fine, even grid of uniforms: the choice probabilities to within 1/points. */
    private static double[] gridShares(double[] u, int points) {
        double[] share = new double[u.length];
        double[] scratch = new double[u.length];
        for (int g = 0; g < points; g++) {
            System.arraycopy(u, 0, scratch, 0, u.length);
            share[Logit.choose(scratch, u.length, (g + 0.5) / points)] += 1.0 / points;
        }
        return share;
    }

    @Test
    void randomChoicesFollowTheLogitProbabilities() {
        double[] u = {0, 1, -0.5, 2, 0.3};
        double[] p = probabilities(u);
        int draws = 200_000;
        long[] count = new long[u.length];
        MersenneTwisterFast random = new MersenneTwisterFast(2024);
        double[] scratch = new double[u.length];
        for (int d = 0; d < draws; d++) {
            System.arraycopy(u, 0, scratch, 0, u.length);
            count[Logit.choose(scratch, u.length, random.nextDouble())]++;
        }
        double chi2 = 0;
        for (int i = 0; i < u.length; i++) {
            double expected = draws * p[i];
            chi2 += (count[i] - expected) * (count[i] - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(u.length - 1).inverseCumulativeProbability(0.999);
        assertTrue(chi2 < critical, "chi-square " + chi2 + " over the 0.1% critical value " + critical);
    }

    @Test
    void theInverseCdfMatchesTheProbabilitiesExactly() {
        double[] u = {0.7, -1.2, 0, 3.1};
        double[] p = probabilities(u);
        double[] share = gridShares(u, 100_000);
        for (int i = 0; i < u.length; i++) assertEquals(p[i], share[i], 2e-5, "option " + i);
    }

    @Test
    void onlyDifferencesOfUtilityMatter() {
        double[] u = {0.4, -0.3, 1.1};
        double[] base = gridShares(u, 100_000);
        for (double shift : new double[] {-1000, -7.5, 3, 650}) {
            double[] shifted = u.clone();
            for (int i = 0; i < u.length; i++) shifted[i] += shift;
            double[] share = gridShares(shifted, 100_000);
            for (int i = 0; i < u.length; i++) assertEquals(base[i], share[i], 2e-5, "shift " + shift + ", option " + i);
        }
    }

    @Test
    void extremeUtilitiesNeitherOverflowNorUnderflow() {
        // exp(800) overflows and exp(-800) underflows to 0 in the textbook form; the probabilities are those of {1, 0}
        double[] p = probabilities(1, 0);
        for (double[] u : new double[][] {{800, 799}, {-800, -801}}) {
            double[] share = gridShares(u, 100_000);
            assertEquals(p[0], share[0], 2e-5);
            assertEquals(p[1], share[1], 2e-5);
        }
        // a utility thousands of units below the best is never chosen; one infinitely below neither
        double[] share = gridShares(new double[] {-5000, 0, Double.NEGATIVE_INFINITY}, 10_000);
        assertEquals(0, share[0]);
        assertEquals(1, share[1], 1e-12);
        assertEquals(0, share[2]);
        double[] huge = gridShares(new double[] {1e308, -1e308}, 1000);
        assertEquals(1, huge[0], 1e-12);
    }

    @Test
    void choosesOnlyAmongTheFirstN() {
        double[] u = {0, 0, 100};
        double[] share = new double[2];
        for (int g = 0; g < 1000; g++) share[Logit.choose(u.clone(), 2, (g + 0.5) / 1000)] += 1e-3;
        assertEquals(0.5, share[0], 1e-9);
        assertEquals(0.5, share[1], 1e-9);
    }

    @Test
    void anImpossibleLastOptionIsNeverChosenEvenByRounding() {
        double almostOne = Math.nextDown(1.0);
        double[] u = {0.3, 1e-9, Double.NEGATIVE_INFINITY};
        assertEquals(1, Logit.choose(u.clone(), 3, almostOne));
        double[] tiny = {-700, Double.NEGATIVE_INFINITY};
        assertEquals(0, Logit.choose(tiny.clone(), 2, almostOne));
    }
}
