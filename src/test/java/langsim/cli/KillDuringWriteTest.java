package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import langsim.sweep.SweepRunTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM killed with SIGKILL (no shutdown hook runs) while it writes results: the previous results survive, the
 * next write to the same place removes the debris, and a resumed sweep gives the bytes of an uninterrupted one.
 */
class KillDuringWriteTest {
    private static final List<String> SMALL_RUN = List.of("--set", "agents.researchers.count=300", "--set",
            "agents.systems_engineers.count=200", "--set", "agents.firms.count=20", "--set", "simulation.end_year=2030",
            "--replications", "2", "--seed", "7");

    @TempDir
    Path dir;

    private static Process langsim(Path log, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "langsim.cli.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Hidden staging or replaced folders next to {@code target}. */
    private static List<Path> debris(Path target) throws IOException {
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".")).toList();
        }
    }

    /** Waits until {@code condition} holds, then kills the process with SIGKILL; false if it ended first. */
    private static boolean killWhen(Process p, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                p.destroyForcibly();   // SIGKILL on Linux and macOS
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                return p.exitValue() != 0;
            }
            Thread.sleep(2);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    private static boolean hasDebris(Path target) {
        try {
            return !debris(target).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, byte[]> results(Path run) throws IOException {
        Map<String, byte[]> t = SweepRunTest.tree(run);
        t.remove("manifest.json");   // holds the wall time
        t.remove("report.html");     // shows the manifest
        return t;
    }

    @Test
    void aRunKilledWhileWritingLeavesThePreviousResultsAndTheNextRunCleansUp() throws Exception {
        String scenario = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
        Path target = dir.resolve("run");
        List<String> args = new ArrayList<>(List.of("run", scenario, "--out", target.toString(), "-q", "--threads", "1"));
        args.addAll(SMALL_RUN);
        assertEquals(0, Main.execute(args.toArray(String[]::new)));
        Map<String, byte[]> before = SweepRunTest.tree(target);

        boolean killedWhileWriting = false;
        for (int attempt = 0; attempt < 3 && !killedWhileWriting; attempt++) {
            killedWhileWriting = killWhen(langsim(dir.resolve("log"), args), () -> hasDebris(target));
        }
        assertTrue(killedWhileWriting, "the run was killed while its results were being written");
        assertFalse(debris(target).isEmpty(), "a SIGKILL leaves the hidden staging folder");
        SweepRunTest.assertSameTree(before, SweepRunTest.tree(target));

        assertEquals(0, Main.execute(args.toArray(String[]::new)));
        assertEquals(List.of(), debris(target), "the next write to the same place removed the debris");
        SweepRunTest.assertSameTree(results(dir.resolve("run")), withoutTimes(before));
    }

    private static Map<String, byte[]> withoutTimes(Map<String, byte[]> tree) {
        tree.remove("manifest.json");
        tree.remove("report.html");
        return tree;
    }

    @Test
    void aSweepKilledWhileRunningOrWritingResumesToTheBytesOfAnUninterruptedOne() throws Exception {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, SweepRunTest.tinySweep("tiny", "saltelli", 4, 2));
        Path reference = dir.resolve("reference");
        assertEquals(0, Main.execute("sweep", f.toString(), "--out", reference.toString(), "-q", "--threads", "1"));

        Path target = dir.resolve("killed");
        Path journal = target.resolve(SweepRunTest.JOURNAL);
        List<String> args = List.of("sweep", f.toString(), "--out", target.toString(), "-q", "--threads", "1", "--resume");
        assertTrue(killWhen(langsim(dir.resolve("log1"), args), () -> lines(journal) >= 8),
                "killed while running, after some runs were journaled");
        assertEquals(java.util.Set.of(SweepRunTest.JOURNAL), SweepRunTest.tree(target).keySet(), "only the journal");

        boolean killedWhileWriting = false;
        for (int attempt = 0; attempt < 3 && !killedWhileWriting; attempt++) {
            killedWhileWriting = killWhen(langsim(dir.resolve("log2"), args), () -> hasDebris(target));
        }
        assertTrue(killedWhileWriting, "the resumed sweep was killed while its results were being written");

        assertEquals(0, Main.execute(args.toArray(String[]::new)));
        assertEquals(List.of(), debris(target));
        SweepRunTest.assertSameTree(SweepRunTest.sweepTree(reference), SweepRunTest.sweepTree(target));
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
