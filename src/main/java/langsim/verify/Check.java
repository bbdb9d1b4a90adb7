package langsim.verify;

/**
 * One row of the verify table: a quantity of a reference model, its published (analytic) value, the simulated
 * value with its 95 % interval, the tolerance and whether the check passed. How {@code pass} follows from the
 * numbers is stated per model in {@code docs/validation.md}.
 */
public record Check(String model, String quantity, double published, double simulated, double ciLow, double ciHigh,
                    double tolerance, boolean pass) {

    /** Passes when the simulated mean lies within {@code tolerance} of the published value. */
    static Check within(String model, String quantity, double published, langsim.experiment.Interval sim, double tolerance) {
        boolean ok = Math.abs(sim.mean() - published) <= tolerance;
        return new Check(model, quantity, published, sim.mean(), sim.low(), sim.high(), tolerance, ok);
    }
}
