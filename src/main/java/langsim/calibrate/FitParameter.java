package langsim.calibrate;

import langsim.config.Doc;
import langsim.config.Validated;
import langsim.config.Validation;

/** A scenario parameter to fit: its bounds and, optionally, where the search starts. */
public record FitParameter(
        @Doc("lowest allowed value") double min,
        @Doc("highest allowed value") double max,
        @Doc("starting value of the search (default: the base scenario's value, or the middle if outside the bounds)") double start)
        implements Validated {

    public static FitParameter defaults() {
        return new FitParameter(Double.NaN, Double.NaN, Double.NaN);
    }

    @Override
    public void validate(Validation v) {
        if (Double.isNaN(min)) v.error("min", "missing required field 'min'");
        if (Double.isNaN(max)) v.error("max", "missing required field 'max'");
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(min < max)) v.error("max", "max " + max + " must be above min " + min);
        if (!Double.isNaN(start) && !(start >= min && start <= max)) v.error("start", "start " + start + " is outside [min, max]");
    }
}
