package langsim.sweep;

import java.util.List;

import langsim.config.Doc;
import langsim.config.Validated;
import langsim.config.Validation;

/**
 * How one scenario parameter varies in a sweep: a range {@code [min, max]} (continuous designs sample inside it,
 * factorial and one-at-a-time designs use evenly spaced levels), or explicit {@code levels}.
 */
public record ParameterSpec(
        @Doc("lowest value") double min,
        @Doc("highest value") double max,
        @Doc("explicit values (factorial / one-at-a-time levels; other designs pick among them)") List<Double> levels,
        @Doc("value the one-at-a-time design holds the parameter at (default: the base scenario's value)") double base,
        @Doc("short label for charts and the report (default: the scenario path)") String label) implements Validated {

    /** Defaults: every field unset (NaN / empty); a parameter needs min and max, or levels. */
    public static final ParameterSpec UNSET = new ParameterSpec(Double.NaN, Double.NaN, List.of(), Double.NaN, "");

    @Override
    public void validate(Validation v) {
        if (levels.isEmpty()) {
            if (Double.isNaN(min)) v.error("min", "missing required field 'min' (give min and max, or levels)");
            if (Double.isNaN(max)) v.error("max", "missing required field 'max' (give min and max, or levels)");
            if (!(min < max)) v.error("max", "max " + max + " must be above min " + min);
        } else {
            for (int i = 1; i < levels.size(); i++) {
                if (!(levels.get(i) > levels.get(i - 1))) {
                    v.error("levels[" + i + "]", "levels must be strictly increasing");
                }
            }
            if (!Double.isNaN(min) && min > levels.get(0)) v.error("min", "min is above the first level");
            if (!Double.isNaN(max) && max < levels.get(levels.size() - 1)) v.error("max", "max is below the last level");
        }
    }

    double lo() {
        return Double.isNaN(min) ? levels.get(0) : min;
    }

    double hi() {
        return Double.isNaN(max) ? levels.get(levels.size() - 1) : max;
    }
}
