package langsim.scenario;

import java.util.Map;

import langsim.config.Doc;
import langsim.config.Range;

/**
 * A change of the world from a given year on. Parameter paths are the scenario's own dotted paths
 * (e.g. {@code languages.Rust.learning_years}); {@code boost_ecosystem} keys are {@code layer.language}.
 */
public record Event(
        @Doc("year from whose start the event applies") @Range(min = 1900, max = 3000) int year,
        @Doc("short description shown in outputs and charts") String label,
        @Doc("numeric parameters set to a new value: path -> value (not simulation.* or events)") Map<String, Double> set,
        @Doc("numeric parameters multiplied by a factor: path -> factor (not simulation.* or events)") Map<String, Double> multiply,
        @Doc("ecosystem added once, as a share of the layer's whole ecosystem: layer.language -> share") Map<String, Double> boostEcosystem) {

    public static Event defaults() {
        return new Event(2030, "", Map.of(), Map.of(), Map.of());
    }
}
