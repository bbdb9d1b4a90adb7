package langsim.sweep;

import java.util.ArrayList;
import java.util.List;

import langsim.config.RecordPath;

/**
 * A swept parameter resolved against the base scenario: its range, distribution (null for explicit levels), levels,
 * base value, whether it is an integer, and the scenario field it sets ({@code target}; null for a parameter that
 * is not a scenario field, as in tests of designs).
 */
public record SweepParameter(String path, String label, double lo, double hi, List<Double> levels, double base,
                             boolean integer, ParameterDistribution distribution, RecordPath target) {

    /** A parameter of no scenario field. */
    public SweepParameter(String path, String label, double lo, double hi, List<Double> levels, double base,
                          boolean integer, ParameterDistribution distribution) {
        this(path, label, lo, hi, levels, base, integer, distribution, null);
    }

    /** A uniform parameter on [lo, hi] (or over explicit levels) of no scenario field. */
    public SweepParameter(String path, String label, double lo, double hi, List<Double> levels, double base, boolean integer) {
        this(path, label, lo, hi, levels, base, integer, levels.isEmpty() ? ParameterDistribution.uniform(lo, hi) : null);
    }

    /** True for a continuous distribution other than uniform. */
    public boolean nonUniform() {
        return levels.isEmpty() && distribution.kind() != Distribution.UNIFORM;
    }

    /**
     * The value at unit coordinate u: one of the explicit levels (each with probability 1/n), or the distribution's
     * quantile at u (lo + u (hi - lo) for a uniform), rounded for integers.
     */
    public double fromUnit(double u) {
        if (!levels.isEmpty()) {
            int n = levels.size();
            return levels.get(Math.min(n - 1, Math.max(0, (int) Math.floor(u * n))));
        }
        double v = distribution.quantile(u);
        return integer ? Math.rint(v) : v;
    }

    /** Unit coordinate of a value (for charts and analyses): the distribution's CDF at v. */
    public double toUnit(double v) {
        if (!levels.isEmpty() || distribution == null) return hi > lo ? (v - lo) / (hi - lo) : 0.5;
        return distribution.cdf(v);
    }

    /**
     * The explicit levels, or {@code count} evenly spaced values from lo to hi (integers deduplicated); for a
     * non-uniform distribution, its quantiles at {@code count} evenly spaced probabilities from 1 % to 99 %.
     */
    public List<Double> levels(int count) {
        if (!levels.isEmpty()) return levels;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double v;
            if (nonUniform()) {
                double pr = count == 1 ? 0.5 : ParameterDistribution.LEVEL_LOW
                        + (ParameterDistribution.LEVEL_HIGH - ParameterDistribution.LEVEL_LOW) * i / (count - 1);
                v = distribution.quantile(pr);
            } else {
                v = count == 1 ? (lo + hi) / 2 : lo + (hi - lo) * i / (count - 1);
            }
            if (integer) v = Math.rint(v);
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    /** The value set in the scenario for a design value: rounded half up for integer fields. */
    public double applied(double value) {
        return integer ? Math.round(value) : value;
    }

    /** The change a design value makes to the base scenario. */
    public RecordPath.Change change(double value) {
        return RecordPath.Change.to(target, applied(value));
    }

    /** Label for charts: the given label or the path. */
    public String display() {
        return label.isEmpty() ? path : label;
    }
}
