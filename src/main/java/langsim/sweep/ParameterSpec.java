package langsim.sweep;

import java.util.List;

import langsim.config.Doc;
import langsim.config.Validated;
import langsim.config.Validation;

/**
 * How one scenario parameter varies in a sweep: a range {@code [min, max]} with a distribution over it (uniform unless
 * given; sampling designs map their uniform points through its inverse CDF, factorial and one-at-a-time designs use
 * evenly spaced levels, or for a non-uniform distribution its quantiles from 1 % to 99 %), or explicit {@code levels}
 * (equally likely values).
 */
public record ParameterSpec(
        @Doc("lowest value (the lower bound of the distribution)") double min,
        @Doc("highest value (the upper bound of the distribution)") double max,
        @Doc("uniform, normal (truncated to [min, max]; needs mean and sd), log_uniform (min > 0) or triangular (needs mode)")
        Distribution distribution,
        @Doc("mean of the normal distribution (before truncation)") double mean,
        @Doc("standard deviation of the normal distribution (before truncation)") double sd,
        @Doc("peak of the triangular distribution, in [min, max]") double mode,
        @Doc("explicit values, equally likely (factorial / one-at-a-time levels; other designs pick among them)") List<Double> levels,
        @Doc("value the one-at-a-time design holds the parameter at (default: the base scenario's value)") double base,
        @Doc("short label for charts and the report (default: the scenario path)") String label) implements Validated {

    /** Defaults: every field unset (NaN / empty), uniform; a parameter needs min and max, or levels. */
    public static final ParameterSpec UNSET = new ParameterSpec(Double.NaN, Double.NaN, Distribution.UNIFORM, Double.NaN,
            Double.NaN, Double.NaN, List.of(), Double.NaN, "");

    /** Smallest probability a truncated normal may keep inside [min, max]. */
    static final double MIN_MASS = 1e-6;

    @Override
    public void validate(Validation v) {
        if (levels.isEmpty()) {
            if (Double.isNaN(min)) v.error("min", "missing required field 'min' (give min and max, or levels)");
            if (Double.isNaN(max)) v.error("max", "missing required field 'max' (give min and max, or levels)");
            if (!(min < max)) v.error("max", "max " + max + " must be above min " + min);
        } else {
            if (distribution != Distribution.UNIFORM) {
                v.error("distribution", "levels are equally likely values; a " + distribution.label()
                        + " distribution needs min and max instead of levels");
            }
            for (int i = 1; i < levels.size(); i++) {
                if (!(levels.get(i) > levels.get(i - 1))) {
                    v.error("levels[" + i + "]", "levels must be strictly increasing");
                }
            }
            if (!Double.isNaN(min) && min > levels.get(0)) v.error("min", "min is above the first level");
            if (!Double.isNaN(max) && max < levels.get(levels.size() - 1)) v.error("max", "max is below the last level");
        }
        String name = distribution.label();
        switch (distribution) {
            case NORMAL -> {
                if (Double.isNaN(mean)) v.error("mean", "missing required field 'mean' (a normal distribution needs mean and sd)");
                if (Double.isNaN(sd)) v.error("sd", "missing required field 'sd' (a normal distribution needs mean and sd)");
                if (!(sd > 0) || Double.isInfinite(sd)) v.error("sd", "sd must be a positive number, got " + sd);
                if (Double.isInfinite(mean)) v.error("mean", "mean must be finite");
                if (resolve().mass() < MIN_MASS) {
                    v.error("mean", "the normal distribution (mean " + mean + ", sd " + sd + ") puts almost no probability on ["
                            + min + ", " + max + "]; move the mean or widen the bounds");
                }
                if (!Double.isNaN(mode)) v.error("mode", "'mode' is only used by the triangular distribution");
            }
            case TRIANGULAR -> {
                if (Double.isNaN(mode)) v.error("mode", "missing required field 'mode' (the peak of the triangular distribution)");
                if (mode < min || mode > max) v.error("mode", "mode " + mode + " must lie in [min, max] = [" + min + ", " + max + "]");
                unused(v, name);
            }
            case LOG_UNIFORM -> {
                if (!(min > 0)) v.error("min", "a log_uniform distribution needs min > 0, got " + min);
                unused(v, name);
                if (!Double.isNaN(mode)) v.error("mode", "'mode' is only used by the triangular distribution");
            }
            case UNIFORM -> {
                unused(v, name);
                if (!Double.isNaN(mode)) v.error("mode", "'mode' is only used by the triangular distribution (set distribution: triangular)");
            }
        }
    }

    private void unused(Validation v, String name) {
        if (!Double.isNaN(mean)) v.error("mean", "'mean' is only used by the normal distribution, not " + name);
        if (!Double.isNaN(sd)) v.error("sd", "'sd' is only used by the normal distribution, not " + name);
    }

    /** The distribution over [min, max] (for levels, a uniform over their range, used only for bounds). */
    ParameterDistribution resolve() {
        return new ParameterDistribution(distribution, lo(), hi(), mean, sd, mode);
    }

    double lo() {
        return Double.isNaN(min) ? levels.get(0) : min;
    }

    double hi() {
        return Double.isNaN(max) ? levels.get(levels.size() - 1) : max;
    }
}
