package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The model can give either answer for stated reasons: the shipped scenarios that argue each side reach their
 * verdict (at a sixth of the baseline's agents, which the scale test shows changes only the noise).
 */
class BothVerdictsTest {
    private static VerdictKind verdictOf(String file) {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", file), List.of("agents.researchers.count=2000",
                "agents.systems_engineers.count=1400", "agents.firms.count=70", "simulation.replications=3"));
        return Experiment.run(s, 2, k -> { }).summary().verdict();
    }

    @Test
    void theCaseForRustReachesDominance() {
        assertEquals(VerdictKind.DOMINANT, verdictOf("rust-dominates.yaml"));
    }

    @Test
    void theCaseAgainstRustLeavesItNiche() {
        assertEquals(VerdictKind.NICHE, verdictOf("rust-niche.yaml"));
    }

    @Test
    void theBaselineKeepsRustInTheFoundation() {
        assertEquals(VerdictKind.FOUNDATION_LAYER, verdictOf("baseline.yaml"));
    }
}
