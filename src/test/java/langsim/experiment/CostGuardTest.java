package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import langsim.config.ConfigException;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class CostGuardTest {
    private static final long GB = 1_000_000_000L;
    private static final RunSize BASE = RunSize.of(ScenarioLoader.defaults());

    private static CostEstimate run(RunSize size, int replications) {
        return CostGuard.replications(size, replications, 2, 2);
    }

    private static void assertNoSmaller(CostEstimate small, CostEstimate large, String what) {
        assertTrue(large.peakHeapBytes() >= small.peakHeapBytes(), what + ": heap");
        assertTrue(large.agentSteps() >= small.agentSteps(), what + ": agent-steps");
        assertTrue(large.wallSeconds() >= small.wallSeconds(), what + ": time");
    }

    @Test
    void moreAgentsYearsTicksOrDegreeNeverEstimateLess() {
        List<UnaryOperator<RunSize>> larger = List.of(
                s -> s.with("agents.researchers.count", s.researchers() * 3),
                s -> s.with("agents.systems_engineers.count", s.engineers() + 1),
                s -> s.with("agents.firms.count", s.firms() * 10),
                s -> s.with("simulation.end_year", s.endYear() + 30),
                s -> s.with("simulation.start_year", s.startYear() - 5),
                s -> s.with("simulation.ticks_per_year", 52),
                s -> s.with("network.mean_degree", 20));
        for (UnaryOperator<RunSize> grow : larger) {
            RunSize big = grow.apply(BASE);
            assertNoSmaller(run(BASE, 10), run(big, 10), big.toString());
            assertNoSmaller(CostGuard.sweep(BASE, 100, 2, 2), CostGuard.sweep(big, 100, 2, 2), big.toString());
            assertNoSmaller(CostGuard.calibration(BASE, 50, 4, 10, 2, 2), CostGuard.calibration(big, 50, 4, 10, 2, 2), big.toString());
        }
        assertTrue(run(BASE.with("agents.researchers.count", 1e6), 10).agentSteps() > run(BASE, 10).agentSteps());
    }

    @Test
    void moreReplicationsRunsEvaluationsOrThreadsNeverEstimateLessHeap() {
        for (int n : new int[] {1, 2, 10, 1000}) {
            assertNoSmaller(run(BASE, n), run(BASE, n + 1), n + " replications");
            assertNoSmaller(CostGuard.sweep(BASE, n, 2, 2), CostGuard.sweep(BASE, n + 1, 2, 2), n + " runs");
            assertNoSmaller(CostGuard.calibration(BASE, n + 1, 4, 10, 2, 2),
                    CostGuard.calibration(BASE, n + 2, 4, 10, 2, 2), n + " evaluations");
        }
        assertTrue(CostGuard.replications(BASE, 10, 8, 8).peakHeapBytes() > CostGuard.replications(BASE, 10, 1, 8).peakHeapBytes());
        assertTrue(CostGuard.replications(BASE, 10, 8, 8).wallSeconds() < CostGuard.replications(BASE, 10, 1, 8).wallSeconds());
    }

    @Test
    void threadsBeyondTheCoresDoNotShortenTheEstimate() {
        assertEquals(CostGuard.replications(BASE, 10, 2, 2).wallSeconds(), CostGuard.replications(BASE, 10, 16, 2).wallSeconds());
    }

    @Test
    void costlierTakesTheLargerSizeFieldByField() {
        RunSize a = BASE.with("agents.researchers.count", 1e6).with("simulation.start_year", 2000);
        RunSize b = BASE.with("network.mean_degree", 30).with("simulation.end_year", 2100);
        RunSize c = a.costlier(b);
        assertEquals(1_000_000, c.researchers());
        assertEquals(30, c.meanDegree());
        assertEquals(2100 - 2000 + 1, c.years());
        assertEquals(BASE, BASE.with("languages.Rust.learning_years", 3), "a parameter that changes no size");
    }

    @Test
    void anEstimateOverTheHeapIsRefusedEvenWithAllowLarge() {
        CostEstimate e = run(BASE.with("agents.researchers.count", 50_000_000), 10);
        assertTrue(e.peakHeapBytes() > 50 * GB, e.describe());
        for (boolean allowLarge : new boolean[] {false, true}) {
            ConfigException x = assertThrows(ConfigException.class, () -> CostGuard.check("s.yaml", e, 8 * GB, allowLarge));
            assertOneLine(x.getMessage());
            assertTrue(x.getMessage().startsWith("s.yaml: too large for this JVM: estimated "), x.getMessage());
            assertTrue(x.getMessage().contains("the heap is at most 8.0 GB"), x.getMessage());
            assertTrue(x.getMessage().contains("-Xmx"), x.getMessage());
        }
    }

    @Test
    void anEstimateOverTheTimeLimitNeedsAllowLarge() {
        CostEstimate e = CostGuard.replications(BASE, 10_000, 1, 1);
        assertTrue(e.wallSeconds() > CostGuard.TIME_LIMIT_SECONDS, e.describe());
        ConfigException x = assertThrows(ConfigException.class, () -> CostGuard.check("s.yaml", e, 100 * GB, false));
        assertOneLine(x.getMessage());
        assertTrue(x.getMessage().contains("agent-steps, about "), x.getMessage());
        assertTrue(x.getMessage().contains("over the limit of 1 h; add --allow-large"), x.getMessage());
        assertDoesNotThrow(() -> CostGuard.check("s.yaml", e, 100 * GB, true));
    }

    @Test
    void theShippedScenariosPassOnOneThreadInASmallHeap() {
        for (String name : List.of("baseline", "rust-breakthrough", "python-performance", "edge-boom")) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), List.of());
            for (int threads : new int[] {1, 10}) {
                CostEstimate e = CostGuard.replications(RunSize.of(s), s.simulation().replications(), threads, 1);
                assertDoesNotThrow(() -> CostGuard.check(name, e, 512_000_000L, false), e.describe());
            }
        }
    }

    @Test
    void theMeasuredBaselineFitsItsMeasuredHeapWithMargin() {
        // measured (see CostGuard): the baseline completes with -Xmx32m on 2 threads; 10+10 people x 5000
        // replications need between 1 GiB and 1280 MiB. The estimates are above, but not absurdly.
        double baseline = run(BASE, 10).peakHeapBytes();
        assertTrue(baseline > 32 * (1L << 20) && baseline < 4 * 32 * (1L << 20), CostEstimate.bytes(baseline));
        RunSize tiny = BASE.with("agents.researchers.count", 10).with("agents.systems_engineers.count", 10)
                .with("agents.firms.count", 1).with("network.mean_degree", 2);
        double many = run(tiny, 5000).peakHeapBytes();
        assertTrue(many > 1280 * (1L << 20) && many < 2 * 1280 * (1L << 20), CostEstimate.bytes(many));
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }
}
