package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.Required;

/**
 * How an event's {@code set}/{@code multiply} changes take effect gradually, from the start of the event's year to
 * the start of {@code to_year}: the value in force is {@code v0 + (v1 - v0) * f(s)}, {@code s} the elapsed share of
 * that span clipped to [0, 1], {@code v0} the value before the event and {@code v1} the value after it as a step.
 */
public record Ramp(
        @Doc("year from whose start the change is complete (required; after the event's year, at most simulation.end_year)")
        @Required @Range(min = 1900, max = 3000) int toYear,
        @Doc("linear (default), f(s) = s; or logistic: slow at both ends, fastest midway") Shape shape,
        @Doc("for logistic: slope k of 1/(1+exp(-k(s-1/2))), rescaled so that f(0) = 0 and f(1) = 1; at 8 (default)"
                + " the middle 80 % of the change takes half the span") @Range(min = 0.1, max = 50) double steepness) {

    /** The form of f(s). */
    public enum Shape { LINEAR, LOGISTIC }

    /** Everything but to_year, which has no sensible default (0 is refused as missing by the scenario's check). */
    public static Ramp defaults() {
        return new Ramp(0, Shape.LINEAR, 8);
    }

    /** Share of the change in force at the start of {@code year} for a ramp starting in {@code fromYear}. */
    public double progress(int fromYear, int year) {
        double s = Math.min(1, Math.max(0, (double) (year - fromYear) / (toYear - fromYear)));
        return shape == Shape.LINEAR ? s : logistic(s);
    }

    private double logistic(double s) {
        double low = sigmoid(-steepness / 2);
        return (sigmoid(steepness * (s - 0.5)) - low) / (sigmoid(steepness / 2) - low);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
