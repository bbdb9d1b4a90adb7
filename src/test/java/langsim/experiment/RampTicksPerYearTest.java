package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * A ramp moves at year starts, so the values it puts in force are the same for any ticks_per_year (RampTest checks
 * that exactly); the outcomes of a ramped scenario then differ between tick lengths by no more than noise.
 */
class RampTicksPerYearTest {
    private static final int REPLICATIONS = 20;

    private static ExperimentResult run(int ticksPerYear) {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/rust-breakthrough.yaml"), List.of(
                "agents.researchers.count=1200", "agents.systems_engineers.count=800", "agents.firms.count=80",
                "simulation.end_year=2038", "simulation.replications=" + REPLICATIONS, "simulation.seed=7",
                "simulation.ticks_per_year=" + ticksPerYear));
        return Experiment.run(s, 2, k -> { });
    }

    private static SummaryStatistics stats(ExperimentResult r, boolean foundation) {
        SummaryStatistics s = new SummaryStatistics();
        for (ReplicationVerdict v : r.verdicts()) s.addValue(foundation ? v.foundationShare() : v.applicationShare());
        return s;
    }

    /**
     * Monthly and weekly-ish ticks (12 and 48 a year) on rust-breakthrough, whose learning-time ramp runs 2027-2032.
     * Tolerance: Welch's |t| below 3.5, which two samples of the same distribution exceed with probability about
     * 0.1 % at these ~38 degrees of freedom; with fixed seeds the test is deterministic, so this is the chance that a
     * model change makes it fail without a real dependence on the tick length.
     */
    @Test
    void aRampedScenarioGivesTheSameSharesAtAnyTickLengthUpToNoise() {
        ExperimentResult monthly = run(12);
        ExperimentResult fine = run(48);
        for (boolean foundation : new boolean[] {true, false}) {
            SummaryStatistics a = stats(monthly, foundation);
            SummaryStatistics b = stats(fine, foundation);
            double se = Math.sqrt(a.getVariance() / a.getN() + b.getVariance() / b.getN());
            String what = (foundation ? "foundation" : "application") + " share: 12 ticks " + a.getMean() + " (sd "
                    + a.getStandardDeviation() + "), 48 ticks " + b.getMean() + " (sd " + b.getStandardDeviation() + ")";
            assertTrue(Math.abs(a.getMean() - b.getMean()) / se < 3.5, what);
        }
    }
}
