package langsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;

/** Small versions of the baseline so that model tests run in well under a second each. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static List<String> smallOverrides() {
        return List.of("agents.researchers.count=1800", "agents.systems_engineers.count=1200",
                "agents.firms.count=120", "simulation.end_year=2040", "simulation.replications=3");
    }

    public static Scenario small(String... overrides) {
        List<String> all = new ArrayList<>(smallOverrides());
        all.addAll(Arrays.asList(overrides));
        return ScenarioLoader.override(ScenarioLoader.defaults(), all);
    }
}
