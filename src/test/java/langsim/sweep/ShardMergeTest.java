package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import langsim.cli.Main;
import langsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards as separate processes (as on a Slurm array) and their merge: byte-identical to the plain sweep. */
class ShardMergeTest {

    @Test
    void shardsSplitTheRunsEvenlyAndExactlyOnce() {
        for (int total : new int[] {0, 1, 7, 40, 2048}) {
            for (int n : new int[] {1, 3, 4, 16}) {
                int[] seen = new int[total];
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 0; i < n; i++) {
                    Shard s = new Shard(i, n);
                    int[] runs = s.runs(total);
                    assertEquals(s.size(total), runs.length);
                    for (int r : runs) {
                        assertTrue(s.contains(r));
                        seen[r]++;
                    }
                    min = Math.min(min, runs.length);
                    max = Math.max(max, runs.length);
                }
                for (int c : seen) assertEquals(1, c);
                assertTrue(max - min <= 1, total + " runs in " + n + " shards");
            }
        }
        assertEquals(new Shard(3, 16), Shard.parse("3/16"));
        assertEquals(new Shard(3, 16), Shard.ofFileName(new Shard(3, 16).fileName()));
        assertThrows(ConfigException.class, () -> Shard.parse("16/16"));
        assertThrows(ConfigException.class, () -> Shard.parse("3"));
        assertThrows(ConfigException.class, () -> Shard.parse("-1/4"));
    }

    @Test
    void shardsInSeparateProcessesMergeToTheSingleMachineOutputs(@TempDir Path dir) throws Exception {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "saltelli", 4, 2));   // 20 points, 40 runs
        Path plain = dir.resolve("plain");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", plain.toString(), "-q"));
        Map<String, byte[]> reference = SweepRunTest.sweepTree(plain);

        Path out = dir.resolve("sharded");
        int n = 3;
        // shards 0 and 2 as two concurrent processes sharing the folder; shard 1 "crashes" before it starts
        List<Process> procs = new ArrayList<>();
        for (int i : new int[] {0, 2}) procs.add(shardProcess(f, out, i + "/" + n, dir.resolve("log" + i)));
        for (Process p : procs) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log" + procs.indexOf(p) * 2)));
        }
        assertTrue(Files.exists(out.resolve("shards/shard-0-of-3.journal")));
        assertTrue(Files.exists(out.resolve("shards/shard-2-of-3.journal")));

        // merging now names the missing shard
        assertEquals(2, Main.execute("sweep", f.toString(), "--merge", "--out", out.toString(), "-q"));
        Sweep sweep = SweepLoader.load(f, 1000);
        ConfigException e = assertThrows(ConfigException.class, () -> SweepMerge.collect(sweep, out));
        assertTrue(e.getMessage().contains("13 of 40 runs missing") && e.getMessage().contains("1/3 (no journal)"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));

        // shard 1 interrupted after 4 runs: named as partial
        assertEquals(0, Main.execute("sweep", f.toString(), "--shard", "1/3", "--out", out.toString(), "-q",
                "--threads", "1", "--stop-after", "4"));
        e = assertThrows(ConfigException.class, () -> SweepMerge.collect(sweep, out));
        assertTrue(e.getMessage().contains("1/3 (4 of 13 runs)"), e.getMessage());

        // resumed in its own process, then merged
        Process last = shardProcess(f, out, "1/3", dir.resolve("log1"), "--resume");
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("log1")));
        assertEquals(0, Main.execute("sweep", f.toString(), "--merge", "--out", out.toString(), "-q"));
        Map<String, byte[]> merged = SweepRunTest.sweepTree(out);
        Map<String, byte[]> shards = new TreeMap<>();
        merged.keySet().removeIf(k -> k.startsWith(SweepMerge.SHARDS + File.separator) && shards.put(k, merged.get(k)) == null);
        assertEquals(3, shards.size(), "the merge keeps the shard journals");
        SweepRunTest.assertSameTree(reference, merged);
        // merging again gives the same folder
        assertEquals(0, Main.execute("sweep", f.toString(), "--merge", "--out", out.toString(), "-q"));
        Map<String, byte[]> again = SweepRunTest.sweepTree(out);
        again.keySet().removeIf(k -> k.startsWith(SweepMerge.SHARDS + File.separator));
        SweepRunTest.assertSameTree(reference, again);

        // a journal from another split in the same folder is refused
        Files.writeString(out.resolve("shards/shard-0-of-2.journal"), Journal.MAGIC + "\n");
        e = assertThrows(ConfigException.class, () -> SweepMerge.collect(sweep, out));
        assertTrue(e.getMessage().contains("different splits"), e.getMessage());
    }

    @Test
    void badShardOptionsAreOneLineErrors(@TempDir Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "lhs", 2, 1));
        String o = dir.resolve("o").toString();
        assertEquals(2, Main.execute("sweep", f.toString(), "--shard", "3/3", "--out", o, "-q"));
        assertEquals(2, Main.execute("sweep", f.toString(), "--shard", "a/b", "--out", o, "-q"));
        assertEquals(2, Main.execute("sweep", f.toString(), "--merge", "--shard", "0/2", "--out", o, "-q"));
        assertEquals(2, Main.execute("sweep", f.toString(), "--merge", "--out", o, "-q"));   // nothing to merge
        assertEquals(2, Main.execute("sweep", f.toString(), "--master", "local[2]", "--out", o, "-q"));
        assertEquals(2, Main.execute("sweep", f.toString(), "--engine", "cluster", "--out", o, "-q"));
    }

    static Process shardProcess(Path sweep, Path out, String shard, Path log, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "langsim.cli.Main",
                "sweep", sweep.toString(), "--shard", shard, "--out", out.toString(), "--threads", "1", "-q"));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
