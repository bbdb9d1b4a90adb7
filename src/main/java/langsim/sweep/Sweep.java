package langsim.sweep;

import java.nio.file.Path;
import java.util.List;

import langsim.scenario.Scenario;

/**
 * A loaded, validated sweep: the spec, its file, the resolved base scenario and parameters, and the design.
 * Everything here is a deterministic function of the sweep file and the base scenario file.
 */
public record Sweep(SweepSpec spec, Path file, Scenario base, List<SweepParameter> parameters, Design design,
                    SweepOutputs outputs) {

    public int points() {
        return design.points();
    }

    public long runs() {
        return (long) design.points() * spec.replications();
    }

    public String name() {
        return spec.name();
    }
}
