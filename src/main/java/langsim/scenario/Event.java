package langsim.scenario;

import java.util.Map;

import langsim.config.Doc;
import langsim.config.Range;

/**
 * A change of the world from a given year on, at once or, with a {@link Ramp}, gradually. Parameter paths are the
 * scenario's own dotted paths (e.g. {@code languages.Rust.learning_years}); {@code boost_ecosystem} keys are
 * {@code layer.language}.
 */
public record Event(
        @Doc("year from whose start the event applies") @Range(min = 1900, max = 3000) int year,
        @Doc("short description shown in outputs and charts") String label,
        @Doc("numeric parameters set to a new value: path -> value (not simulation.* or events)") Map<String, Double> set,
        @Doc("numeric parameters multiplied by a factor: path -> factor (not simulation.* or events)") Map<String, Double> multiply,
        @Doc("ecosystem added once, as a share of the layer's whole ecosystem: layer.language -> share") Map<String, Double> boostEcosystem,
        @Doc("optional: set and multiply take effect gradually, from the start of year to the start of ramp.to_year,"
                + " instead of at once (not with boost_ecosystem)") Ramp ramp) {

    /** Without a ramp: the changes take effect at once. */
    public static Event defaults() {
        return new Event(2030, "", Map.of(), Map.of(), Map.of(), null);
    }

    /**
     * Share of the event's {@code set}/{@code multiply} change in force during {@code inYear} (from its start): 0
     * before the event's year, 1 from it on without a ramp, else the ramp's progress.
     */
    public double weightIn(int inYear) {
        if (inYear < year) return 0;
        return ramp == null ? 1 : ramp.progress(year, inYear);
    }

    /** The last year whose start changes what the event puts in force. */
    public int lastChangeYear() {
        return ramp == null ? year : ramp.toYear();
    }
}
