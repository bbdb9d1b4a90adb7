package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import langsim.calibrate.Calibration;
import langsim.experiment.CostEstimate;
import langsim.experiment.CostGuard;
import langsim.sweep.SweepLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost guard as users meet it: one line, exit 2, nothing written, before anything runs. */
class CostGuardCliTest {
    @TempDir
    Path dir;

    /** 100 million people on ten threads: far beyond any heap. */
    private static final String[] HUGE = {"--set", "agents.researchers.count=50000000", "--set",
        "agents.systems_engineers.count=50000000", "--threads", "10"};
    /** Small in memory, but 3e10 agent-steps on one thread: hours. */
    private static final String[] LONG = {"--set", "simulation.ticks_per_year=365", "--replications", "200", "--threads", "1"};

    private static CliTest.Outcome run(String... args) {
        return CliTest.run(args);
    }

    private static CliTest.Outcome run(String[] options, String... args) {
        return CliTest.run(Stream.concat(Stream.of(args), Stream.of(options)).toArray(String[]::new));
    }

    private static void assertRefused(CliTest.Outcome o, String expected) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("langsim: error: scenarios/baseline.yaml: "), o.err());
        assertTrue(o.err().contains(expected), o.err());
        assertEquals("", o.out());
    }

    @Test
    void tooManyAgentsForTheHeapAreRefusedEvenWithAllowLarge() {
        Path out = dir.resolve("res");
        for (String[] extra : List.of(new String[0], new String[] {"--allow-large"})) {
            CliTest.Outcome o = run(HUGE, Stream.concat(Stream.of("run", "scenarios/baseline.yaml", "--out", out.toString()),
                    Stream.of(extra)).toArray(String[]::new));
            assertRefused(o, "too large for this JVM: estimated ");
            assertTrue(o.err().contains("-Xmx"), o.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aRunOverAnHourAsksForAllowLarge() {
        Path out = dir.resolve("res");
        CliTest.Outcome o = run(LONG, "run", "scenarios/baseline.yaml", "--out", out.toString());
        assertRefused(o, "over the limit of 1 h; add --allow-large to run it anyway");
        assertFalse(Files.exists(out));
    }

    @Test
    void allowLargeLiftsTheTimeLimit() throws Exception {
        // an --out that is a file stops the run right after the guard, so nothing long starts
        Path file = Files.writeString(dir.resolve("a-file"), "keep me");
        CliTest.Outcome o = run(LONG, "run", "scenarios/baseline.yaml", "--allow-large", "--out", file.toString());
        assertEquals(2, o.code(), o.err());
        assertFalse(o.err().contains("estimated"), o.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void everyCommandThatRunsTheModelHasTheFlag() {
        for (String command : List.of("run", "sweep", "calibrate")) {
            CliTest.Outcome o = run(command, "--help");
            assertTrue(o.out().contains("--allow-large"), command + ": " + o.out());
        }
    }

    @Test
    void theShippedSweepAndCalibrationPassOnOneThread() {
        var sweep = SweepLoader.load(Path.of("scenarios/sweeps/rust-dominance.yaml"), SweepLoader.DEFAULT_MAX_RUNS);
        CostEstimate s = CostOptions.estimate(sweep, sweep.runs(), 1, 1);
        CostGuard.check("sweep", s, 256_000_000L, false);
        CostEstimate c = CostOptions.estimate(Calibration.load(Path.of("scenarios/calibration/baseline.yaml")), 1, 1);
        CostGuard.check("calibration", c, 256_000_000L, false);
    }

    @Test
    void aSweepIsBoundByItsLargestPoint() throws Exception {
        Path sweep = dir.resolve("big.yaml");
        Files.writeString(sweep, String.join("\n",
                "name: big",
                "base_scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath(),
                "parameters:",
                "  agents.researchers.count: {levels: [1000, 50000000]}",
                "design: factorial",
                "samples: 2",
                "replications: 1",
                "outputs: [verdict]",
                "seed: 1", ""));
        Path out = dir.resolve("res");
        CliTest.Outcome o = run("sweep", sweep.toString(), "--threads", "2", "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("langsim: error: " + sweep + ": too large for this JVM"), o.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("res").resolve(langsim.sweep.SweepRunTest.JOURNAL)));
    }

    @Test
    void aCalibrationIsBoundByItsEvaluations() {
        Path out = dir.resolve("res");
        CliTest.Outcome o = run("calibrate", "scenarios/calibration/baseline.yaml", "--evaluations", "100000", "--threads", "1",
                "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains("add --allow-large"), o.err());
        assertFalse(Files.exists(out));
    }
}
