package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import langsim.model.AgentType;
import langsim.model.RunRecord;
import langsim.scenario.Verdict;
import org.junit.jupiter.api.Test;

/** The figures of one run: margins, crossings and talent metrics, checked by symmetry, shifts and monotonicity. */
class RunMetricsTest {
    private static final RunRecord RUN = StackRuns.run(new double[] {0.1, 0.3, 0.4, 0.45}, new double[] {0.2, 0.5, 0.7, 0.8},
            new double[] {0.1, 0.2, 0.3, 0.2});

    private static Verdict spec(double dominance, double foundation) {
        Verdict s = StackRuns.SPEC;
        return new Verdict(s.language(), s.applicationLayers(), s.foundationLayers(), dominance, foundation, s.windowYears(),
                s.layerThresholds());
    }

    @Test
    void marginsMoveOppositeToTheirThresholdAndTheirSignIsTheVerdict() {
        RunMetrics a = RunMetrics.of(spec(0.5, 0.25), RUN);
        for (double d : new double[] {-0.3, -0.05, 0.1, 0.2}) {
            RunMetrics b = RunMetrics.of(spec(0.5 + d, 0.25 + d), RUN);
            assertEquals(a.dominanceMargin() - d, b.dominanceMargin(), 1e-12);
            assertEquals(a.foundationMargin() - d, b.foundationMargin(), 1e-12);
            ReplicationVerdict v = VerdictJudge.judge(spec(0.5 + d, 0.25 + d), RUN);
            assertEquals(b.dominanceMargin() >= 0, v.kind() == VerdictKind.DOMINANT, "shift " + d);
        }
    }

    @Test
    void aHigherThresholdIsNeverCrossedEarlier() {
        Integer previous = 0;
        for (double t = 0.05; t <= 1.0; t += 0.05) {
            Integer year = RunMetrics.of(spec(t, 0.25), RUN).dominanceYear();
            if (previous == null) assertNull(year, "threshold " + t);
            else if (year != null) assertTrue(year >= previous, "threshold " + t);
            previous = year;
        }
        assertNull(previous, "a share of 100 % is never reached");
    }

    @Test
    void theWindowShareIsTheMeanOfTheYearlySharesAndLanguagesAddToOne() {
        RunMetrics m = RunMetrics.of(StackRuns.SPEC, RUN);
        double mean = (m.applicationShareIn(2032) + m.applicationShareIn(2033)) / 2;
        assertEquals(mean, m.applicationShare(), 1e-12);
        for (String layer : StackRuns.LAYERS) {
            assertEquals(1.0, m.layerShare(layer, "Rust") + m.layerShare(layer, "Python"), 1e-12, layer);
        }
    }

    @Test
    void talentRatiosAreReciprocalUnderSwappingAndSharesAddToOne() {
        double[][][] proficient = new double[2][AgentType.COUNT][2];
        proficient[1][AgentType.RESEARCHER.ordinal()] = new double[] {300, 20};
        proficient[1][AgentType.SYSTEMS_ENGINEER.ordinal()] = new double[] {100, 60};
        proficient[1][AgentType.FIRM.ordinal()] = new double[] {5000, 5000};   // firm headcount: the same people again
        RunRecord run = new RunRecord(1, 2030, List.of("Python", "Rust"), List.of("research"), new double[2][AgentType.COUNT][1][2],
                new double[2][AgentType.COUNT][1][2], proficient, new double[2][2], new double[2][1][2], 0, 0);
        double rust = RunMetrics.talentRatio(run, 1, 1, 0);
        assertEquals(1 / rust, RunMetrics.talentRatio(run, 1, 0, 1), 1e-12);
        assertEquals(1.0, RunMetrics.talentShare(run, 1, 0) + RunMetrics.talentShare(run, 1, 1), 1e-12);
        assertEquals(rust / (1 + rust), RunMetrics.talentShare(run, 1, 1), 1e-12);
    }
}
