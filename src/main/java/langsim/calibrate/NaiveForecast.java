package langsim.calibrate;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Naive forecasts of one observed series from its values up to the forecast origin, with 95 % predictive intervals
 * from their own residuals (Student t):
 * <ul>
 * <li>persistence: the last value carried forward; the interval is that of a random walk, ± t(m) s √h with s² the
 * mean squared year-on-year change over the m changes seen (on logs when {@code log});</li>
 * <li>linear trend: ordinary least squares of the values on the year, extrapolated; ± t(n−2) s √(1 + 1/n +
 * (x − x̄)²/Sxx) with s² the residual variance;</li>
 * <li>log-linear trend: the same on the logarithms of the values, back-transformed (constant growth rate).</li>
 * </ul>
 * Too few points for an interval (fewer than 2 for persistence, fewer than 3 for a trend) give NaN bounds.
 */
final class NaiveForecast {
    /** A point forecast and its 95 % predictive interval. */
    record Forecast(double value, double low, double high) {
    }

    private NaiveForecast() {
    }

    /** The last value carried forward to {@code target}; the interval on logs when {@code log}. */
    static Forecast persistence(int[] years, double[] values, int target, boolean log) {
        int n = years.length;
        double last = values[n - 1];
        int h = target - years[n - 1];
        int m = n - 1;
        if (m < 1) return new Forecast(last, Double.NaN, Double.NaN);
        double ss = 0;
        for (int i = 1; i < n; i++) {
            double d = (scale(values[i], log) - scale(values[i - 1], log)) / Math.sqrt(years[i] - years[i - 1]);
            ss += d * d;
        }
        double half = t(m) * Math.sqrt(ss / m) * Math.sqrt(h);
        double centre = scale(last, log);
        return new Forecast(last, unscale(centre - half, log), unscale(centre + half, log));
    }

    /** Ordinary least squares of the values on the year, extrapolated to {@code target}. */
    static Forecast linear(int[] years, double[] values, int target) {
        return regression(years, values, target, false);
    }

    /** Ordinary least squares of the logarithms on the year, extrapolated and back-transformed. */
    static Forecast logLinear(int[] years, double[] values, int target) {
        return regression(years, values, target, true);
    }

    private static Forecast regression(int[] years, double[] values, int target, boolean log) {
        int n = years.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += years[i];
            my += scale(values[i], log);
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (years[i] - mx) * (years[i] - mx);
            sxy += (years[i] - mx) * (scale(values[i], log) - my);
        }
        double slope = sxy / sxx;
        double centre = my + slope * (target - mx);
        if (n < 3) return new Forecast(unscale(centre, log), Double.NaN, Double.NaN);
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double r = scale(values[i], log) - (my + slope * (years[i] - mx));
            ssr += r * r;
        }
        double s = Math.sqrt(ssr / (n - 2));
        double half = t(n - 2) * s * Math.sqrt(1 + 1.0 / n + (target - mx) * (target - mx) / sxx);
        return new Forecast(unscale(centre, log), unscale(centre - half, log), unscale(centre + half, log));
    }

    /** The 97.5 % quantile of Student's t with {@code df} degrees of freedom. */
    static double t(int df) {
        return new TDistribution(df).inverseCumulativeProbability(0.975);
    }

    private static double scale(double v, boolean log) {
        return log ? Math.log(v) : v;
    }

    private static double unscale(double v, boolean log) {
        return log ? Math.exp(v) : v;
    }
}
