package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import langsim.model.AgentType;
import langsim.model.RunRecord;
import langsim.scenario.Verdict;
import org.junit.jupiter.api.Test;

class VerdictJudgeTest {
    private static final List<String> LANGUAGES = List.of("Python", "Rust");
    private static final List<String> LAYERS = List.of("application", "foundation");
    private static final Verdict SPEC = new Verdict("Rust", List.of("application"), List.of("foundation"), 0.5, 0.25, 2);

    /** A run whose Rust share of new work follows the given yearly paths (firms do all the work). */
    private static RunRecord run(double[] rustApplication, double[] rustFoundation) {
        int years = rustApplication.length;
        double[][][][] work = new double[years][AgentType.COUNT][2][2];
        for (int y = 0; y < years; y++) {
            work[y][AgentType.FIRM.ordinal()][0] = new double[] {100 * (1 - rustApplication[y]), 100 * rustApplication[y]};
            work[y][AgentType.FIRM.ordinal()][1] = new double[] {10 * (1 - rustFoundation[y]), 10 * rustFoundation[y]};
        }
        return new RunRecord(1, 2030, LANGUAGES, LAYERS, work, work, new double[years][AgentType.COUNT][2],
                new double[years][2], new double[years][2][2], 0, 0);
    }

    @Test
    void dominantWhenTheApplicationShareOverTheWindowReachesTheThreshold() {
        ReplicationVerdict v = VerdictJudge.judge(SPEC, run(new double[] {0.1, 0.45, 0.55, 0.5}, new double[] {0.3, 0.3, 0.3, 0.3}));
        assertEquals(VerdictKind.DOMINANT, v.kind());
        assertEquals(0.525, v.applicationShare(), 1e-12);
        assertEquals(2032, v.dominanceYear());
        assertEquals(2030, v.foundationYear());
    }

    @Test
    void foundationLayerWhenOnlyTheFoundationShareReachesItsThreshold() {
        ReplicationVerdict v = VerdictJudge.judge(SPEC, run(new double[] {0.1, 0.6, 0.3, 0.4}, new double[] {0.1, 0.2, 0.3, 0.25}));
        // application crossed 50 % once (2031) but the final window averages 35 %
        assertEquals(VerdictKind.FOUNDATION_LAYER, v.kind());
        assertEquals(2031, v.dominanceYear());
        assertEquals(2032, v.foundationYear());
        assertEquals(0.275, v.foundationShare(), 1e-12);
    }

    @Test
    void nicheWhenNeitherThresholdIsReached() {
        ReplicationVerdict v = VerdictJudge.judge(SPEC, run(new double[] {0.1, 0.1, 0.1}, new double[] {0.2, 0.3, 0.1}));
        assertEquals(VerdictKind.NICHE, v.kind());
        assertNull(v.dominanceYear());
        assertEquals(2031, v.foundationYear());
    }

    @Test
    void summaryTakesTheMostFrequentVerdictAndBreaksTiesTowardTheLessExtreme() {
        RunRecord niche = run(new double[] {0.1, 0.1}, new double[] {0.1, 0.1});
        RunRecord foundation = run(new double[] {0.1, 0.1}, new double[] {0.4, 0.4});
        RunRecord dominant = run(new double[] {0.9, 0.9}, new double[] {0.4, 0.4});
        ExperimentSummary tie = summary(List.of(foundation, dominant));
        assertEquals(VerdictKind.FOUNDATION_LAYER, tie.verdict());
        ExperimentSummary majority = summary(List.of(niche, dominant, dominant));
        assertEquals(VerdictKind.DOMINANT, majority.verdict());
        assertEquals(2.0 / 3, majority.verdictShares().get(VerdictKind.DOMINANT), 1e-12);
        assertEquals(2, majority.dominance().replicationsCrossing());
    }

    private static ExperimentSummary summary(List<RunRecord> runs) {
        var scenario = langsim.scenario.ScenarioLoader.override(langsim.scenario.ScenarioLoader.defaults(), List.of());
        var spec = new langsim.scenario.Scenario(scenario.name(), scenario.description(), scenario.simulation(),
                scenario.languages(), scenario.layers(), scenario.agents(), scenario.network(), scenario.ecosystem(),
                scenario.algorithms(), scenario.interop(), scenario.labourMarket(), scenario.choice(), SPEC, List.of());
        return ExperimentSummary.of(spec, runs, runs.stream().map(r -> VerdictJudge.judge(SPEC, r)).toList());
    }
}
