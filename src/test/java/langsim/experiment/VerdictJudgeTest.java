package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import langsim.model.AgentType;
import langsim.model.RunRecord;
import langsim.scenario.Verdict;
import org.junit.jupiter.api.Test;

class VerdictJudgeTest {
    private static final List<String> LANGUAGES = List.of("Python", "Rust");
    private static final List<String> LAYERS = List.of("application", "foundation");
    private static final Verdict SPEC = new Verdict("Rust", List.of("application"), List.of("foundation"), 0.5, 0.25, 2,
            Map.of("application", 0.5, "foundation", 0.25));

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
        return summary(SPEC, runs);
    }

    private static ExperimentSummary summary(Verdict verdict, List<RunRecord> runs) {
        return StackRuns.result(verdict, runs).summary();
    }

    // ---- verdicts per layer, on StackRuns: research 300 developer-years a year, application 100, foundation 50

    @Test
    void applicationLeadsWhileResearchStaysWithPythonAndTheCombinedVerdictIsUnchanged() {
        RunRecord run = StackRuns.run(new double[] {0.01, 0.01, 0.01}, new double[] {0.4, 0.55, 0.65}, new double[] {0.3, 0.3, 0.3});
        ReplicationVerdict v = VerdictJudge.judge(StackRuns.SPEC, run);

        // combined: research+application over 2031-2032 = ((3 + 55) / 400 + (3 + 65) / 400) / 2 = 0.1575 < 0.5
        assertEquals(VerdictKind.FOUNDATION_LAYER, v.kind());
        assertEquals(0.1575, v.applicationShare(), 1e-12);
        assertEquals(0.3, v.foundationShare(), 1e-12);
        Verdict withoutLayers = new Verdict("Rust", StackRuns.SPEC.applicationLayers(), StackRuns.SPEC.foundationLayers(),
                0.5, 0.25, 2, Map.of());
        ReplicationVerdict combinedOnly = VerdictJudge.judge(withoutLayers, run);
        assertEquals(new ReplicationVerdict(combinedOnly.kind(), combinedOnly.applicationShare(), combinedOnly.foundationShare(),
                combinedOnly.dominanceYear(), combinedOnly.foundationYear(), v.layers()), v, "per-layer thresholds leave the combined verdict alone");

        assertEquals(List.of("research", "application", "foundation"), List.copyOf(v.layers().keySet()));
        LayerVerdict application = v.layers().get("application");
        assertEquals((0.55 + 0.65) / 2, application.share(), 1e-12);
        assertTrue(application.leads());
        assertEquals(2031, application.firstYear());
        LayerVerdict research = v.layers().get("research");
        assertEquals(0.01, research.share(), 1e-12);
        assertFalse(research.leads());
        assertNull(research.firstYear());
        assertTrue(v.layers().get("foundation").leads());
    }

    @Test
    void aLayerIsLedFromExactlyItsThresholdAndEachLayerUsesItsOwn() {
        // shares exact in binary: 0.5 of 100 and 0.25 of 50, every year
        RunRecord run = StackRuns.run(new double[] {0.0, 0.0}, new double[] {0.5, 0.5}, new double[] {0.25, 0.25});
        ReplicationVerdict atThresholds = VerdictJudge.judge(StackRuns.SPEC, run);
        assertTrue(atThresholds.layers().get("application").leads(), "share equal to the threshold leads");
        assertTrue(atThresholds.layers().get("foundation").leads());
        assertEquals(2030, atThresholds.layers().get("application").firstYear());

        Verdict justAbove = new Verdict("Rust", StackRuns.SPEC.applicationLayers(), StackRuns.SPEC.foundationLayers(), 0.5, 0.25, 2,
                StackRuns.thresholds(0.5, Math.nextUp(0.5), 0.2));
        ReplicationVerdict v = VerdictJudge.judge(justAbove, run);
        assertFalse(v.layers().get("application").leads());
        assertNull(v.layers().get("application").firstYear());
        assertEquals(0.2, v.layers().get("foundation").threshold());
        assertTrue(v.layers().get("foundation").leads());
    }

    @Test
    void layersWithoutAThresholdAreNotJudgedAndALayerWithoutWorkIsNotLed() {
        Verdict applicationOnly = new Verdict("Rust", StackRuns.SPEC.applicationLayers(), StackRuns.SPEC.foundationLayers(), 0.5, 0.25, 2,
                Map.of("application", 0.5));
        ReplicationVerdict v = VerdictJudge.judge(applicationOnly, StackRuns.run(new double[] {0.9}, new double[] {0.9}, new double[] {0.9}));
        assertEquals(List.of("application"), List.copyOf(v.layers().keySet()));

        RunRecord idle = StackRuns.run(new double[] {0.9}, new double[] {0.9}, new double[] {0.9});
        for (double[][] byLayer : idle.newWork()[0]) byLayer[1] = new double[] {0, 0};
        LayerVerdict empty = VerdictJudge.judge(StackRuns.SPEC, idle).layers().get("application");
        assertTrue(Double.isNaN(empty.share()));
        assertFalse(empty.leads());
    }

    @Test
    void summaryCountsReplicationsAtOrAboveEachLayersThresholdAndLeadsOnAMajority() {
        double[] python = {0.0, 0.0};
        RunRecord rustApps = StackRuns.run(python, new double[] {0.6, 0.6}, new double[] {0.3, 0.3});
        RunRecord lateRustApps = StackRuns.run(python, new double[] {0.4, 0.8}, new double[] {0.3, 0.3});
        RunRecord pythonApps = StackRuns.run(python, new double[] {0.2, 0.2}, new double[] {0.1, 0.1});

        ExperimentSummary s = summary(StackRuns.SPEC, List.of(rustApps, lateRustApps, pythonApps));
        assertEquals(VerdictKind.FOUNDATION_LAYER, s.verdict(), "research keeps the combined verdict below dominance");
        LayerSummary application = s.layers().get("application");
        assertEquals(0.5, application.threshold());
        assertEquals(2, application.replicationsLeading());
        assertEquals(2.0 / 3, application.shareOfReplicationsLeading(), 1e-12);
        assertTrue(application.leads());
        assertEquals((0.6 + 0.6 + 0.2) / 3, application.share().mean(), 1e-12);
        assertEquals(2, application.crossing().replicationsCrossing());
        assertEquals((2030 + 2031) / 2.0, application.crossing().year().mean(), 1e-12);
        assertFalse(s.layers().get("research").leads());
        assertEquals(0, s.layers().get("research").replicationsLeading());

        ExperimentSummary tie = summary(StackRuns.SPEC, List.of(rustApps, pythonApps));
        assertEquals(1, tie.layers().get("application").replicationsLeading());
        assertFalse(tie.layers().get("application").leads(), "a tie goes to the less extreme outcome, as for the combined verdict");
    }
}
