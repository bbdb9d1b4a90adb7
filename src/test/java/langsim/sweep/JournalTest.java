package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import langsim.cli.Main;
import langsim.config.ConfigException;
import langsim.experiment.VerdictKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep journal never overwrites what it did not write, and keeps every readable run of a damaged journal. */
class JournalTest {

    private static Sweep sweep(Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "lhs", 6, 2));   // 12 runs
        return SweepLoader.load(f, 1000);
    }

    private static String header(Sweep sweep) {
        return Journal.MAGIC + "\n# fingerprint " + Journal.fingerprint(sweep) + "\n";
    }

    /** A run result whose place and seed are those of its run, with made-up outputs. */
    private static RunResult fake(Sweep sweep, int run) {
        double[] outputs = new double[sweep.outputs().size()];
        for (int i = 0; i < outputs.length; i++) outputs[i] = run + 0.25 * i;
        return new RunResult(run, SweepPlan.point(sweep, run), SweepPlan.replication(sweep, run),
                SweepPlan.seed(sweep, run), VerdictKind.NICHE, outputs);
    }

    private static String line(Sweep sweep, int run) {
        return Journal.format(fake(sweep, run));
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<Integer> runs(List<RunResult> results) {
        List<Integer> out = new ArrayList<>();
        for (RunResult r : results) out.add(r.run());
        return out;
    }

    private static List<Integer> resumed(Path journal, Sweep sweep) {
        try (Journal j = Journal.open(journal, sweep, true)) {
            return List.copyOf(j.existing().keySet());
        }
    }

    /** Runs the command line; returns the exit code and what it printed on stderr. */
    private static Map.Entry<Integer, String> cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return Map.entry(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void emptyOrTornHeaderResumesWithNoRuns(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        String header = header(sweep);
        Path journal = dir.resolve("out.journal");
        List<String> torn = List.of("", "# langsim sw", Journal.MAGIC, Journal.MAGIC + "\n", Journal.MAGIC + "\n# fing",
                header.substring(0, header.length() - 1),
                Journal.MAGIC + "\n# fingerprint 0123abcd");   // another sweep's header, torn inside its fingerprint
        for (String text : torn) {
            Files.writeString(journal, text);
            Journal.Contents read = Journal.read(journal, sweep);
            assertEquals(List.of(), read.runs(), text);
            assertEquals(Optional.empty(), read.damage(), text);
            try (Journal j = Journal.open(journal, sweep, true)) {
                assertTrue(j.existing().isEmpty(), text);
                assertEquals(Optional.empty(), j.damage(), text);
            }
            assertEquals(header, Files.readString(journal), "a fresh header replaces the torn one: " + text);
        }
    }

    @Test
    void resumingFromAnEmptyJournalRunsTheWholeSweepWithoutError(@TempDir Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "lhs", 2, 1));
        Files.createDirectories(dir.resolve("out/.journal"));
        Files.writeString(dir.resolve("out").resolve(SweepRunTest.JOURNAL), "");
        Map.Entry<Integer, String> r = cli("sweep", f.toString(), "--out", dir.resolve("out").toString(), "--resume",
                "--threads", "1", "-q");
        assertEquals(0, r.getKey(), r.getValue());
        assertEquals("", r.getValue());
        assertTrue(Files.exists(dir.resolve("out/runs.csv")));
    }

    @Test
    void aForeignFileIsRefusedWithAndWithoutResumeAndLeftUnchanged(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        Path journal = dir.resolve("out.journal");
        for (String text : List.of("my thesis\n", Journal.MAGIC + "2\nmy thesis\n", "# my thesis")) {
            byte[] before = text.getBytes(StandardCharsets.UTF_8);
            Files.write(journal, before);
            for (boolean resume : new boolean[] {false, true}) {
                ConfigException e = assertThrows(ConfigException.class, () -> Journal.open(journal, sweep, resume));
                String m = e.getMessage();
                assertTrue(m.contains("not a langsim sweep journal") && m.contains("will not overwrite")
                        && m.contains("another --out"), m);
                assertFalse(m.contains("thesis"), "the content is not echoed: " + m);
                assertArrayEquals(before, Files.readAllBytes(journal));
            }
            ConfigException e = assertThrows(ConfigException.class, () -> Journal.read(journal, sweep));
            assertTrue(e.getMessage().contains("not a langsim sweep journal"), e.getMessage());
        }
    }

    @Test
    void theCommandRefusesAForeignJournalPathInOneLineAndStartsNothing(@TempDir Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "lhs", 2, 1));
        Path journal = dir.resolve("out").resolve(SweepRunTest.JOURNAL);
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, "my thesis\n");
        for (String resume : new String[] {"--threads=1", "--resume"}) {
            Map.Entry<Integer, String> r = cli("sweep", f.toString(), "--out", dir.resolve("out").toString(), resume);
            assertEquals(2, r.getKey(), r.getValue());
            assertEquals(1, r.getValue().lines().count(), r.getValue());
            assertTrue(r.getValue().contains("not a langsim sweep journal"), r.getValue());
            assertFalse(r.getValue().contains("thesis"), r.getValue());
            assertEquals("my thesis\n", Files.readString(journal));
            assertEquals(Set.of(SweepRunTest.JOURNAL), SweepRunTest.tree(dir.resolve("out")).keySet(), "nothing else written");
        }
    }

    @Test
    void aDirectoryOrFifoAtTheJournalPathIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Sweep sweep = sweep(dir);
        Path folder = Files.createDirectory(dir.resolve("folder.journal"));
        for (boolean resume : new boolean[] {false, true}) {
            ConfigException e = assertThrows(ConfigException.class, () -> Journal.open(folder, sweep, resume));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
        assertTrue(Files.isDirectory(folder));

        Path fifo = dir.resolve("fifo").resolve(SweepRunTest.JOURNAL);   // where the command's journal for --out fifo is
        Files.createDirectories(fifo.getParent());
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        // opening a FIFO with no writer blocks forever: a refusal within seconds shows it was never opened
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (boolean resume : new boolean[] {false, true}) {
                ConfigException e = assertThrows(ConfigException.class, () -> Journal.open(fifo, sweep, resume));
                assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
            }
            assertThrows(ConfigException.class, () -> Journal.read(fifo, sweep));
            Path f = dir.resolve("tiny.yaml");
            Map.Entry<Integer, String> r = cli("sweep", f.toString(), "--out", dir.resolve("fifo").toString(), "--resume");
            assertEquals(2, r.getKey(), r.getValue());
            assertEquals(1, r.getValue().lines().count(), r.getValue());
        });
    }

    @Test
    void anIoFailureNamesTheJournalAndKeepsTheOsReason(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path journal = file.resolve("out.journal");   // a path through a file
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Journal.open(journal, sweep, false));
        assertTrue(e.getMessage().contains(journal.toString()), e.getMessage());
        assertInstanceOf(IOException.class, e.getCause());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void damagedMiddleLinesAreSkippedAndReportedAndTheRunsAfterThemKept(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        Path journal = dir.resolve("out.journal");
        String flipped = line(sweep, 2).replace("\tniche\t", "\tnichf\t");   // a bit flip the CRC catches
        assertFalse(flipped.equals(line(sweep, 2)));
        RunResult wrongSeed = fake(sweep, 4);
        wrongSeed = new RunResult(4, wrongSeed.point(), wrongSeed.replication(), wrongSeed.seed() + 1,
                wrongSeed.verdict(), wrongSeed.outputs());   // CRC checks, seed does not
        String before = header(sweep) + line(sweep, 0) + line(sweep, 1);
        String text = before + flipped + line(sweep, 3) + Journal.format(wrongSeed) + "\n" + line(sweep, 5);
        Files.writeString(journal, text);
        long offset = bytes(before);

        Journal.Contents read = Journal.read(journal, sweep);
        assertEquals(List.of(0, 1, 3, 5), runs(read.runs()));
        Journal.Damage damage = read.damage().orElseThrow();
        assertEquals(offset, damage.offset());
        assertEquals(3, damage.lines(), "the flipped line, the wrong seed and the empty line");
        assertTrue(damage.message().contains(journal + " is damaged at byte " + offset + " (3 unreadable lines"),
                damage.message());
        assertFalse(damage.message().contains("\n"));

        try (Journal j = Journal.open(journal, sweep, true)) {
            assertEquals(List.of(0, 1, 3, 5), List.copyOf(j.existing().keySet()));
            assertEquals(Optional.of(damage), j.damage());
            j.append(fake(sweep, 2));
            j.appendAll(List.of(fake(sweep, 4), fake(sweep, 6)));
        }
        String after = Files.readString(journal);
        assertEquals(text + line(sweep, 2) + line(sweep, 4) + line(sweep, 6), after, "nothing readable was cut");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), resumed(journal, sweep));
        assertEquals(List.of(0, 1, 3, 5, 2, 4, 6), runs(Journal.read(journal, sweep).runs()));
        assertEquals(Optional.of(damage), Journal.read(journal, sweep).damage(), "the damage is still there and said");
    }

    @Test
    void aTornLastLineIsDroppedAndTheNextAppendIsReadable(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        Path journal = dir.resolve("out.journal");
        String whole = header(sweep) + line(sweep, 0) + line(sweep, 1);
        Files.writeString(journal, whole + line(sweep, 2).substring(0, 20));

        assertEquals(List.of(0, 1), runs(Journal.read(journal, sweep).runs()));
        assertEquals(Optional.empty(), Journal.read(journal, sweep).damage(), "a torn last line is not damage");
        try (Journal j = Journal.open(journal, sweep, true)) {
            assertEquals(List.of(0, 1), List.copyOf(j.existing().keySet()));
            assertEquals(Optional.empty(), j.damage());
            j.append(fake(sweep, 2));
        }
        assertEquals(whole + line(sweep, 2), Files.readString(journal));
        assertEquals(List.of(0, 1, 2), resumed(journal, sweep));
    }

    @Test
    void withoutResumeALangsimJournalStartsAfresh(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        Path journal = dir.resolve("out.journal");
        for (String old : List.of(header(sweep) + line(sweep, 0), Journal.MAGIC + "\n# fingerprint 00\n" + "x\n")) {
            Files.writeString(journal, old);
            try (Journal j = Journal.open(journal, sweep, false)) {
                assertTrue(j.existing().isEmpty());
            }
            assertEquals(header(sweep), Files.readString(journal));
        }
        Files.writeString(journal, Journal.MAGIC + "\n# fingerprint 00\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Journal.open(journal, sweep, true));
        assertTrue(e.getMessage().contains("written for a different sweep"), e.getMessage());
    }

    @Test
    void aMergeNamesTheDamagedShardJournal(@TempDir Path dir) throws IOException {
        Sweep sweep = sweep(dir);
        Path out = dir.resolve("out");
        Path shards = Files.createDirectories(out.resolve(SweepMerge.SHARDS));
        StringBuilder zero = new StringBuilder(header(sweep));
        StringBuilder one = new StringBuilder(header(sweep));
        long offset = -1;
        for (int run = 0; run < sweep.runs(); run++) {
            StringBuilder sb = run % 2 == 0 ? zero : one;
            if (run == 4) {
                offset = bytes(sb.toString());
                sb.append("damaged\n");
            } else {
                sb.append(line(sweep, run));
            }
        }
        Files.writeString(shards.resolve(new Shard(0, 2).fileName()), zero);
        Files.writeString(shards.resolve(new Shard(1, 2).fileName()), one);
        ConfigException e = assertThrows(ConfigException.class, () -> SweepMerge.collect(sweep, out));
        assertTrue(e.getMessage().contains("0/2 (5 of 6 runs; its journal is damaged at byte " + offset + ")"),
                e.getMessage());
    }

    @Test
    void resumingAfterDamageGivesTheSameResultsAsAnUninterruptedSweep(@TempDir Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "lhs", 5, 2));   // 10 runs
        Path reference = dir.resolve("reference");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", reference.toString(), "-q"));

        Path out = dir.resolve("out");
        Path journal = out.resolve(SweepRunTest.JOURNAL);
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q",
                "--stop-after", "6"));
        // damage the third run line (the journal's fifth line) by flipping its CRC's last digit
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        assertTrue(lines.size() >= 2 + 6, lines.toString());
        long offset = 0;
        for (int i = 0; i < 4; i++) offset += bytes(lines.get(i)) + 1;
        String bad = lines.get(4);
        lines.set(4, bad.substring(0, bad.length() - 1) + (bad.endsWith("0") ? "1" : "0"));
        Files.writeString(journal, String.join("\n", lines) + "\n");

        Map.Entry<Integer, String> r = cli("sweep", f.toString(), "--threads", "2", "--out", out.toString(), "--resume");
        assertEquals(0, r.getKey(), r.getValue());
        List<String> warnings = r.getValue().lines().filter(l -> l.contains("damaged")).toList();
        assertEquals(List.of("langsim: warning: journal " + journal + " is damaged at byte " + offset
                + " (1 unreadable line skipped; runs not in the journal are run again); remove it to start again"),
                warnings);
        SweepRunTest.assertSameTree(SweepRunTest.sweepTree(reference), SweepRunTest.sweepTree(out));

        // a second resume reads every run, reruns nothing and writes the same results; -q keeps it silent
        long size = Files.size(journal);
        r = cli("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "--resume", "-q");
        assertEquals(0, r.getKey(), r.getValue());
        assertEquals("", r.getValue());
        assertEquals(size, Files.size(journal), "nothing was run again");
        SweepRunTest.assertSameTree(SweepRunTest.sweepTree(reference), SweepRunTest.sweepTree(out));
    }
}
