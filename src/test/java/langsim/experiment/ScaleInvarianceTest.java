package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Agents are a sample of a real population: the same scenario simulated with ten times fewer agents gives the same
 * outcomes up to sampling noise. Compared with Welch's statistic on the per-replication shares the verdict rests on.
 */
class ScaleInvarianceTest {
    private static ExperimentResult run(int researchers, int engineers, int firms, int replications) {
        Scenario s = ScenarioLoader.override(ScenarioLoader.defaults(), List.of(
                "agents.researchers.count=" + researchers, "agents.systems_engineers.count=" + engineers,
                "agents.firms.count=" + firms, "simulation.end_year=2038", "simulation.replications=" + replications,
                "simulation.seed=11"));
        return Experiment.run(s, 2, k -> { });
    }

    private static SummaryStatistics stats(ExperimentResult r, boolean foundation) {
        SummaryStatistics s = new SummaryStatistics();
        for (ReplicationVerdict v : r.verdicts()) s.addValue(foundation ? v.foundationShare() : v.applicationShare());
        return s;
    }

    /** |mean difference| in units of its standard error (Welch). */
    private static double welch(SummaryStatistics a, SummaryStatistics b) {
        double se = Math.sqrt(a.getVariance() / a.getN() + b.getVariance() / b.getN());
        return Math.abs(a.getMean() - b.getMean()) / se;
    }

    @Test
    void tenTimesFewerAgentsGiveTheSameSharesUpToNoise() {
        ExperimentResult large = run(6000, 4000, 400, 6);
        ExperimentResult small = run(600, 400, 40, 24);
        for (boolean foundation : new boolean[] {true, false}) {
            SummaryStatistics a = stats(large, foundation);
            SummaryStatistics b = stats(small, foundation);
            String what = (foundation ? "foundation" : "application") + " share: large " + a.getMean() + " (sd "
                    + a.getStandardDeviation() + "), small " + b.getMean() + " (sd " + b.getStandardDeviation() + ")";
            assertTrue(welch(a, b) < 3.5, what);
            // and not only because the small population is noisy: the difference is small in absolute terms too
            assertTrue(Math.abs(a.getMean() - b.getMean()) < 0.05, what);
        }
    }
}
