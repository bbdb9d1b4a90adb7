package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import langsim.experiment.StackRuns;
import langsim.experiment.VerdictJudge;
import langsim.model.RunRecord;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Per-layer verdict outputs of a sweep: share_LAYER and leads_LAYER for every layer with a threshold. */
class SweepOutputsTest {
    @Test
    void perLayerOutputsExistForLayersWithAThreshold() {
        var base = ScenarioLoader.defaults();
        for (String layer : base.verdict().layerThresholds().keySet()) {
            assertNull(SweepOutputs.problem("share_" + layer, base), layer);
            assertNull(SweepOutputs.problem("leads_" + layer, base), layer);
        }
        String unknown = SweepOutputs.problem("share_mobile", base);
        assertTrue(unknown.contains("layer 'mobile' has no verdict of its own") && unknown.contains("edge"), unknown);
        String typo = SweepOutputs.problem("shares_edge", base);
        assertTrue(typo.contains("unknown output"), typo);
    }

    @Test
    void perLayerOutputsAreTheJudgedShareAndWhetherItReachesTheThreshold() {
        // window of 2 years: application (0.55 + 0.65) / 2 = 0.6, research 0.01, foundation exactly at its 0.25
        RunRecord run = StackRuns.run(new double[] {0.01, 0.01, 0.01}, new double[] {0.4, 0.55, 0.65}, new double[] {0.25, 0.25, 0.25});
        SweepOutputs outputs = SweepOutputs.of(List.of("verdict", "share_application", "leads_application", "share_research",
                "leads_research", "leads_foundation"));
        double[] values = outputs.extract(StackRuns.scenario(StackRuns.SPEC), run, VerdictJudge.judge(StackRuns.SPEC, run));
        assertArrayEquals(new double[] {0.6, 1, 0.01, 0, 1}, values, 1e-12);
    }

    @Test
    void perLanguageOutputsAreAnyLanguagesShareOfAnyLayer() {
        RunRecord run = StackRuns.run(new double[] {0.01, 0.01, 0.01}, new double[] {0.4, 0.55, 0.65}, new double[] {0.25, 0.25, 0.25});
        var scenario = StackRuns.scenario(StackRuns.SPEC);
        assertNull(SweepOutputs.problem("share_application_Python", scenario));
        assertNull(SweepOutputs.problem("share_foundation_Rust", scenario));
        String bad = SweepOutputs.problem("share_application_Go", scenario);
        assertTrue(bad != null && bad.contains("share_LAYER_LANGUAGE"), bad);
        SweepOutputs outputs = SweepOutputs.of(List.of("share_application_Rust", "share_application_Python", "share_research_Python"));
        double[] values = outputs.extract(scenario, run, VerdictJudge.judge(StackRuns.SPEC, run));
        assertArrayEquals(new double[] {0.6, 0.4, 0.99}, values, 1e-12);
    }

    @Test
    void crossingYearsAreCensoredAfterTheLastYearAndFlaggedSoEveryRunHasANumber() {
        // application (research+application) crosses 0.5 in 2032; foundation never reaches 0.25; runs 2030-2032
        RunRecord run = StackRuns.run(new double[] {0.5, 0.5, 0.5}, new double[] {0.2, 0.4, 0.6}, new double[] {0.1, 0.2, 0.24});
        var scenario = StackRuns.scenario(StackRuns.SPEC);
        SweepOutputs outputs = SweepOutputs.of(List.of("dominance_year", "dominance_crossed", "foundation_year",
                "foundation_crossed", "year_foundation", "crossed_foundation", "year_research", "crossed_research"));
        double[] values = outputs.extract(scenario, run, VerdictJudge.judge(StackRuns.SPEC, run));
        assertArrayEquals(new double[] {2032, 1, 2033, 0, 2033, 0, 2030, 1}, values, 0);
    }

    @Test
    void marginsAreTheSharesLessTheirThresholdsWhateverTheThresholds() {
        RunRecord run = StackRuns.run(new double[] {0.01, 0.01, 0.01}, new double[] {0.4, 0.55, 0.65}, new double[] {0.25, 0.25, 0.25});
        List<String> names = List.of("application_share", "dominance_margin", "foundation_share", "foundation_margin",
                "share_application", "margin_application", "leads_application");
        for (double t : new double[] {0.1, 0.3, 0.6}) {
            var spec = new langsim.scenario.Verdict("Rust", List.of("application"), List.of("foundation"), t, t / 2, 2,
                    StackRuns.thresholds(t, t, t / 2));
            double[] v = SweepOutputs.of(names).extract(StackRuns.scenario(spec), run, VerdictJudge.judge(spec, run));
            assertEquals(v[0] - t, v[1], 1e-12);
            assertEquals(v[2] - t / 2, v[3], 1e-12);
            assertEquals(v[4] - t, v[5], 1e-12);
            assertEquals(v[5] >= 0 ? 1 : 0, v[6], 0);
            assertNull(SweepOutputs.problem("margin_application", StackRuns.scenario(spec)));
        }
    }
}
