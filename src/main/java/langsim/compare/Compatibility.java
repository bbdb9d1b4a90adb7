package langsim.compare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import langsim.config.ConfigException;
import langsim.scenario.Scenario;
import langsim.scenario.Simulation;

/**
 * What makes two scenarios (or two run folders) comparable replication by replication: the same languages and layers
 * (in any order), the same years and ticks per year; for folders, also the same seeds. Each refusal is one line naming
 * the second source, what differs and the baseline's value.
 */
public final class Compatibility {
    private Compatibility() {
    }

    public static void checkScenarios(String baseSource, Scenario base, String source, Scenario other) {
        same(baseSource, source, "languages", base.languageNames(), other.languageNames());
        same(baseSource, source, "layers", base.layerNames(), other.layerNames());
        Simulation a = base.simulation();
        Simulation b = other.simulation();
        if (a.startYear() != b.startYear() || a.endYear() != b.endYear()) {
            throw ConfigException.of(source, "simulation years differ from the baseline " + baseSource + ": " + b.startYear() + "-"
                    + b.endYear() + " here, " + a.startYear() + "-" + a.endYear() + " in the baseline");
        }
        if (a.ticksPerYear() != b.ticksPerYear()) {
            throw ConfigException.of(source, "simulation.ticks_per_year differs from the baseline " + baseSource + ": "
                    + b.ticksPerYear() + " here, " + a.ticksPerYear() + " in the baseline");
        }
    }

    /** Folders: the same replications with the same seeds, unless the comparison is of independent seeds on purpose. */
    public static void checkSeeds(String baseSource, ComparedRuns base, String source, ComparedRuns other, boolean independent) {
        if (base.replications() != other.replications()) {
            throw ConfigException.of(source, "has " + other.replications() + " replications, the baseline " + baseSource + " has "
                    + base.replications() + ": paired differences need the same replications");
        }
        if (independent) return;
        if (base.masterSeed() != other.masterSeed() || !base.seeds().equals(other.seeds())) {
            String what = base.masterSeed() != other.masterSeed()
                    ? "master seed " + other.masterSeed() + " here, " + base.masterSeed() + " in the baseline"
                    : "replication seeds differ";
            throw ConfigException.of(source, "not run with the same seeds as the baseline " + baseSource + " (" + what
                    + "): re-run it with --seed " + base.masterSeed() + " --replications " + base.replications()
                    + ", or compare with --independent");
        }
    }

    private static void same(String baseSource, String source, String what, List<String> base, List<String> other) {
        Set<String> a = new TreeSet<>(base);
        Set<String> b = new TreeSet<>(other);
        if (!a.equals(b)) {
            throw ConfigException.of(source, what + " differ from the baseline " + baseSource + ": " + other + " here, " + base
                    + " in the baseline");
        }
    }
}
