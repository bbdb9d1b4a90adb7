package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import langsim.config.RecordWriter;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** The names of languages and the order they are listed in decide nothing. */
class OrderAndNameInvarianceTest {
    private static final List<String> SMALL = List.of("agents.researchers.count=3000", "agents.systems_engineers.count=2000",
            "agents.firms.count=100", "simulation.end_year=2036", "simulation.replications=8", "simulation.seed=5");

    private static ExperimentResult run(String yaml) {
        Scenario s = ScenarioLoader.parse(yaml, "test", SMALL);
        return Experiment.run(s, 2, k -> { });
    }

    private static String baselineYaml() {
        return RecordWriter.toYaml(ScenarioLoader.defaults(), null);
    }

    @Test
    void renamingALanguageChangesNothingButItsName() {
        ExperimentResult original = run(baselineYaml());
        ExperimentResult renamed = run(baselineYaml().replace("Rust", "Oxide"));
        assertEquals("Oxide", renamed.scenario().verdict().language());
        assertEquals(original.verdicts(), renamed.verdicts());
    }

    @Test
    void listingLanguagesInAnotherOrderGivesTheSameOutcomesUpToNoise() {
        String yaml = baselineYaml();
        Scenario s = ScenarioLoader.defaults();
        // the languages block, rewritten in reverse order
        StringBuilder reversed = new StringBuilder("languages:\n");
        List<String> names = s.languageNames();
        for (int i = names.size() - 1; i >= 0; i--) {
            var lang = s.languages().get(names.get(i));
            reversed.append("  ").append(names.get(i)).append(": {performance: ").append(lang.performance())
                    .append(", memory_safety: ").append(lang.memorySafety()).append(", productivity: ")
                    .append(lang.productivity()).append(", learning_years: ").append(lang.learningYears()).append("}\n");
        }
        int from = yaml.indexOf("\nlanguages:\n") + 1;
        int to = yaml.indexOf("\nlayers:\n") + 1;
        String reorderedYaml = yaml.substring(0, from) + reversed + yaml.substring(to);
        ExperimentResult a = run(yaml);
        ExperimentResult b = run(reorderedYaml);
        assertEquals(List.of("C++", "Rust", "Python"), b.scenario().languageNames());
        for (boolean foundation : new boolean[] {true, false}) {
            SummaryStatistics x = new SummaryStatistics();
            SummaryStatistics y = new SummaryStatistics();
            for (ReplicationVerdict v : a.verdicts()) x.addValue(foundation ? v.foundationShare() : v.applicationShare());
            for (ReplicationVerdict v : b.verdicts()) y.addValue(foundation ? v.foundationShare() : v.applicationShare());
            double se = Math.sqrt(x.getVariance() / x.getN() + y.getVariance() / y.getN());
            String what = (foundation ? "foundation" : "application") + ": " + x.getMean() + " vs " + y.getMean();
            assertTrue(Math.abs(x.getMean() - y.getMean()) < 3.5 * se + 1e-4, what);
        }
    }
}
