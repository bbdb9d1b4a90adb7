package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.Validated;
import langsim.config.Validation;

/**
 * A distribution from which each agent draws one of its heterogeneous weights.
 * {@code constant} uses {@code mean}; {@code normal}, {@code lognormal} and {@code gamma} use {@code mean}
 * and {@code sd} of the drawn value itself; {@code uniform} uses {@code min} and {@code max}.
 * Draws from normal are clipped to [min, max].
 */
public record Distribution(
        @Doc("constant, normal, lognormal, gamma or uniform") Kind dist,
        @Doc("mean of the drawn value (the value itself for constant)") double mean,
        @Doc("standard deviation of the drawn value") @Range(min = 0) double sd,
        @Doc("lower bound (uniform) or clip (normal)") double min,
        @Doc("upper bound (uniform) or clip (normal)") double max) implements Validated {

    public enum Kind { CONSTANT, NORMAL, LOGNORMAL, GAMMA, UNIFORM }

    public static Distribution constant(double value) {
        return new Distribution(Kind.CONSTANT, value, 0, -1e9, 1e9);
    }

    public static Distribution lognormal(double mean, double sd) {
        return new Distribution(Kind.LOGNORMAL, mean, sd, 0, 1e9);
    }

    public static Distribution defaults() {
        return constant(1);
    }

    @Override
    public void validate(Validation v) {
        if (min > max) v.error("min", "min " + min + " is above max " + max);
        switch (dist) {
            case LOGNORMAL, GAMMA -> {
                if (mean <= 0) v.error("mean", dist.name().toLowerCase() + " needs mean > 0, got " + mean);
                if (dist == Kind.GAMMA && sd <= 0) v.error("sd", "gamma needs sd > 0, got " + sd);
            }
            case UNIFORM -> { if (!(min < max)) v.error("max", "uniform needs min < max"); }
            default -> { }
        }
    }
}
