package langsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import langsim.experiment.Experiment;
import langsim.experiment.Seeds;
import langsim.experiment.VerdictKind;
import langsim.model.TestScenarios;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Metamorphic properties of paired comparisons: identity, antisymmetry, and what common random numbers buy. */
class CompareTest {
    private static final String[] SMALL = {"simulation.end_year=2034", "simulation.replications=4"};

    private static ComparedRuns runs(Scenario s, String title) {
        return ComparedRuns.of(Experiment.run(s, 2, k -> { }), title, s.layerNames(), s.languageNames());
    }

    private static String csv(Comparison c) {
        StringWriter w = new StringWriter();
        DifferencesCsv.write(w, c);
        return w.toString();
    }

    @Test
    void aScenarioAgainstItselfDiffersByExactlyZeroEverywhereAndNoVerdictChanges() {
        Scenario s = TestScenarios.small(SMALL);
        ComparedRuns a = runs(s, "a");
        Comparison c = Comparison.of(List.of(a, runs(s, "a again")), false);
        ScenarioComparison sc = c.scenarios().get(0);
        assertEquals(0, sc.changedVerdict());
        List<String> rows = csv(c).lines().skip(1).toList();
        assertEquals(4 * 10 * s.layerNames().size() * s.languageNames().size(), rows.size());
        for (String row : rows) assertTrue(row.endsWith(",0") || row.endsWith(","), row); // empty: a layer without work
        for (PairedFigure f : List.of(sc.applicationFinal(), sc.applicationShare(), sc.foundationShare())) {
            assertEquals(0.0, f.difference().mean());
            assertEquals(0.0, f.difference().low());
            assertEquals(0.0, f.difference().high());
        }
        for (VerdictKind k : VerdictKind.values()) assertEquals(0.0, sc.verdictShares().get(k).difference().mean());
        sc.finalShares().values().forEach(m -> m.values().forEach(f -> assertTrue(f.difference().mean() == 0 || Double.isNaN(f.difference().mean()))));
        assertTrue(CompareSummaryJson.answer(c, sc).contains("unchanged"), CompareSummaryJson.answer(c, sc));
    }

    @Test
    void swappingBaselineAndScenarioNegatesEveryDifferenceAndKeepsTheVerdictChanges() {
        Scenario a = TestScenarios.small(SMALL);
        Scenario b = TestScenarios.small(with(SMALL, "languages.Rust.learning_years=0.3"));
        ComparedRuns ra = runs(a, "a");
        ComparedRuns rb = runs(b, "b");
        Comparison ab = Comparison.of(List.of(ra, rb), false);
        Comparison ba = Comparison.of(List.of(rb, ra), false);
        List<String> x = csv(ab).lines().skip(1).toList();
        List<String> y = csv(ba).lines().skip(1).toList();
        assertEquals(x.size(), y.size());
        boolean someNonZero = false;
        for (int i = 0; i < x.size(); i++) {
            String[] p = x.get(i).split(",", -1);
            String[] q = y.get(i).split(",", -1);
            assertEquals(p[5], q[6], "values swap");
            assertEquals(p[6], q[5], "values swap");
            if (!p[7].isEmpty()) {
                assertEquals(-Double.parseDouble(p[7]), Double.parseDouble(q[7]), 0.0, x.get(i) + " vs " + y.get(i));
                someNonZero |= Double.parseDouble(p[7]) != 0;
            }
        }
        assertTrue(someNonZero, "the scenarios differ somewhere");
        ScenarioComparison s = ab.scenarios().get(0);
        ScenarioComparison t = ba.scenarios().get(0);
        assertEquals(s.changedVerdict(), t.changedVerdict());
        assertEquals(-s.applicationFinal().difference().mean(), t.applicationFinal().difference().mean(), 0.0);
        assertEquals(-s.applicationFinal().difference().low(), t.applicationFinal().difference().high(), 0.0);
        assertEquals(-s.foundationShare().difference().high(), t.foundationShare().difference().low(), 0.0);
        assertEquals(s.applicationFinal().sd(), t.applicationFinal().sd(), 0.0);
    }

    /**
     * The same change compared with common random numbers and with independent seeds: the paired differences vary
     * less, summed over the final shares of every layer and language (a single figure could go either way by chance).
     */
    @Test
    void pairedDifferencesVaryLessThanDifferencesOfIndependentRuns() {
        String[] n = with(SMALL, "simulation.replications=8");
        Scenario a = TestScenarios.small(n);
        Scenario b = TestScenarios.small(with(n, "languages.Rust.learning_years=0.3"));
        Scenario bIndependent = ScenarioLoader.override(b, List.of("simulation.seed=" + Seeds.derive(a.simulation().seed(), 1L << 40)));
        ComparedRuns ra = runs(a, "a");
        ScenarioComparison paired = Comparison.of(List.of(ra, runs(b, "b")), false).scenarios().get(0);
        ScenarioComparison independent = Comparison.of(List.of(ra, runs(bIndependent, "b")), true).scenarios().get(0);
        assertTrue(paired.applicationFinal().clear(), "a real effect: " + paired.applicationFinal());
        double pairedVar = 0;
        double independentVar = 0;
        for (String layer : a.layerNames()) {
            for (String language : a.languageNames()) {
                double p = paired.finalShares().get(layer).get(language).sd();
                double q = independent.finalShares().get(layer).get(language).sd();
                if (Double.isNaN(p) || Double.isNaN(q)) continue;
                pairedVar += p * p;
                independentVar += q * q;
            }
        }
        assertTrue(independentVar > 1.5 * pairedVar, "variance: independent " + independentVar + ", paired " + pairedVar);
    }

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}
