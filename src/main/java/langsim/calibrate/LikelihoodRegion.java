package langsim.calibrate;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Which objective values the data cannot tell from the best, by the likelihood-ratio rule for Gaussian errors of
 * unknown variance: with n fitted rows and objective L (a mean squared error), −2 log likelihood ratio =
 * n ln(L / L_best), so a value is inside the 95 % region for k free parameters when L ≤ L_best exp(χ²_k(0.95) / n)
 * (Wilks). The errors of survey ratios are neither independent nor Gaussian: read the region as a yardstick of
 * "as good as the best", not as an exact confidence set.
 */
final class LikelihoodRegion {
    static final double LEVEL = 0.95;

    private LikelihoodRegion() {
    }

    /** Number of rows the objective averages over (weight above 0, year not held out). */
    static int fittedRows(Calibration cal) {
        return (int) cal.rows().stream().filter(cal::fitted).count();
    }

    /** The largest objective inside the region for {@code freeParameters} parameters. */
    static double bound(double best, int fittedRows, int freeParameters) {
        double chi2 = new ChiSquaredDistribution(null, freeParameters).inverseCumulativeProbability(LEVEL);
        return best * Math.exp(chi2 / fittedRows);
    }
}
