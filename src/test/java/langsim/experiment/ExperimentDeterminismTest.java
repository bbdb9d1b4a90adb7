package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringWriter;
import java.util.List;

import langsim.model.TestScenarios;
import langsim.output.Json;
import langsim.output.SummaryJson;
import langsim.output.TimeseriesCsv;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ExperimentDeterminismTest {
    private static String csv(ExperimentResult r) {
        StringWriter w = new StringWriter();
        TimeseriesCsv.write(w, r.runs());
        return w.toString();
    }

    @Test
    void sameSeedGivesIdenticalOutputsWhateverTheThreadCount() {
        Scenario s = TestScenarios.small("simulation.end_year=2032", "simulation.replications=4");
        ExperimentResult one = Experiment.run(s, 1, k -> { });
        ExperimentResult two = Experiment.run(s, 2, k -> { });
        ExperimentResult three = Experiment.run(s, 3, k -> { });
        assertEquals(csv(one), csv(two));
        assertEquals(csv(one), csv(three));
        assertEquals(Json.write(SummaryJson.tree(one)), Json.write(SummaryJson.tree(two)));
    }

    @Test
    void differentSeedsGiveDifferentRunsAndReplicationsDiffer() {
        Scenario s = TestScenarios.small("simulation.end_year=2030", "simulation.replications=2");
        Scenario other = ScenarioLoader.override(s, List.of("simulation.seed=7"));
        ExperimentResult a = Experiment.run(s, 2, k -> { });
        ExperimentResult b = Experiment.run(other, 2, k -> { });
        assertNotEquals(csv(a), csv(b));
        assertNotEquals(a.seeds().get(0), a.seeds().get(1));
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.deepEquals(a.runs().get(0).newWork(), a.runs().get(1).newWork()));
    }
}
