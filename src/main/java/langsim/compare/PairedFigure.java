package langsim.compare;

import langsim.experiment.Interval;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One headline figure of a comparison: its mean in the baseline and in the scenario, and the mean of the paired
 * differences (scenario minus baseline, replication by replication) with its 95 % Student-t interval and the
 * differences' standard deviation. Replications where either value is NaN (a layer with no work) are left out.
 */
public record PairedFigure(double baseline, double value, Interval difference, double sd) {

    public static PairedFigure of(double[] baseline, double[] value) {
        if (baseline.length != value.length) throw new IllegalArgumentException("unpaired: " + baseline.length + " vs " + value.length);
        double[] diff = new double[baseline.length];
        SummaryStatistics base = new SummaryStatistics();
        SummaryStatistics val = new SummaryStatistics();
        SummaryStatistics d = new SummaryStatistics();
        for (int i = 0; i < diff.length; i++) {
            if (!Double.isNaN(baseline[i])) base.addValue(baseline[i]);
            if (!Double.isNaN(value[i])) val.addValue(value[i]);
            diff[i] = value[i] - baseline[i];
            if (!Double.isNaN(diff[i])) d.addValue(diff[i]);
        }
        return new PairedFigure(mean(base), mean(val), Interval.of(diff), d.getN() > 1 ? d.getStandardDeviation() : Double.NaN);
    }

    private static double mean(SummaryStatistics s) {
        return s.getN() == 0 ? Double.NaN : s.getMean();
    }

    /** Whether the interval leaves out zero: the difference is distinguishable from none. */
    public boolean clear() {
        return difference.low() > 0 || difference.high() < 0;
    }
}
