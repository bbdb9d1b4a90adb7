package langsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where results may be written: nothing the user put somewhere is ever replaced. */
class OutputLocationTest {
    @TempDir
    Path dir;

    private static void writeResults(Path target, String... files) throws Exception {
        try (AtomicResults out = AtomicResults.create(target)) {
            for (String f : files) out.writeText(f, f);
            out.commit();
        }
    }

    private List<String> listing(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFolderIsCreatedWithItsParentsAndMarked() throws Exception {
        Path target = dir.resolve("a/b/run");
        writeResults(target, "summary.json");
        assertEquals(List.of(ResultsFolder.MARKER, "summary.json"), listing(target));
        assertTrue(Files.readString(target.resolve(ResultsFolder.MARKER)).contains("\nsummary.json\n"));
    }

    @Test
    void anEmptyFolderIsUsed() throws Exception {
        Path target = Files.createDirectory(dir.resolve("empty"));
        writeResults(target, "summary.json");
        assertTrue(Files.exists(target.resolve("summary.json")));
    }

    @Test
    void aFolderWithTheUsersFilesIsRefusedAndLeftAsItWas() throws Exception {
        Path target = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(target.resolve("thesis.txt"), "years of work");
        ConfigException e = assertThrows(ConfigException.class, () -> AtomicResults.create(target));
        assertTrue(e.getMessage().contains("not a langsim results folder"), e.getMessage());
        assertEquals(List.of("thesis.txt"), listing(target));
        assertEquals("years of work", Files.readString(target.resolve("thesis.txt")));
        assertEquals(List.of("mine"), listing(dir), "no staging folder left");
    }

    @Test
    void aLangsimFolderIsReplacedButNotOnceTheUserAddedAFile() throws Exception {
        Path target = dir.resolve("run");
        writeResults(target, "a.csv", "b.csv");
        writeResults(target, "a.csv");
        assertEquals(List.of(ResultsFolder.MARKER, "a.csv"), listing(target), "replaced as a whole");

        Files.writeString(target.resolve("notes.txt"), "mine");
        ConfigException e = assertThrows(ConfigException.class, () -> AtomicResults.create(target));
        assertTrue(e.getMessage().contains("'notes.txt'"), e.getMessage());
        Files.createDirectories(target.resolve("charts"));
        Files.writeString(target.resolve("charts/mine.txt"), "mine");
        Files.delete(target.resolve("notes.txt"));
        e = assertThrows(ConfigException.class, () -> AtomicResults.create(target));
        assertTrue(e.getMessage().contains("'charts/mine.txt'"), e.getMessage());
        assertEquals("mine", Files.readString(target.resolve("charts/mine.txt")));
    }

    @Test
    void filesTheUserAddsWhileLangsimRunsStopTheCommit() throws Exception {
        Path target = dir.resolve("run");
        writeResults(target, "a.csv");
        try (AtomicResults out = AtomicResults.create(target)) {
            out.writeText("a.csv", "new");
            Files.writeString(target.resolve("draft.md"), "mine");
            assertThrows(ConfigException.class, out::commit);
        }
        assertEquals(List.of(ResultsFolder.MARKER, "a.csv", "draft.md"), listing(target));
        assertEquals("a.csv", Files.readString(target.resolve("a.csv")), "the previous results survive");
        assertEquals(List.of("run"), listing(dir));
    }

    @Test
    void foldersFromBeforeMarkersAreRecognisedByTheirFiles() throws Exception {
        Path legacy = Files.createDirectories(dir.resolve("legacy/charts"));
        for (String f : List.of("timeseries.csv", "summary.json", "manifest.json", "scenario.resolved.yaml", "report.html",
                "charts/adoption.png")) {
            Files.writeString(legacy.getParent().resolve(f), "x");
        }
        writeResults(legacy.getParent(), "summary.json");
        assertEquals(List.of(ResultsFolder.MARKER, "summary.json"), listing(legacy.getParent()));

        Path lookalike = Files.createDirectory(dir.resolve("lookalike"));
        Files.writeString(lookalike.resolve("report.html"), "my own report");   // no langsim signature file
        assertThrows(ConfigException.class, () -> AtomicResults.create(lookalike));
    }

    @Test
    void theWorkingFolderItsParentsTheRootAndNothingAreRefused() {
        Path work = Path.of("").toAbsolutePath();
        for (Path p : List.of(Path.of(""), Path.of("."), Path.of(".."), work, work.getParent(), work.getRoot(),
                Path.of("results/.."), Path.of(System.getProperty("user.home")))) {
            ConfigException e = assertThrows(ConfigException.class, () -> OutputLocation.check(p, "--out"), p.toString());
            assertFalse(e.getMessage().contains("\n"));
            assertTrue(e.getMessage().startsWith("--out '" + p + "'"), e.getMessage());
        }
    }

    @Test
    void aPathThroughAFileOrToAFileIsRefusedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "keep");
        ConfigException e = assertThrows(ConfigException.class, () -> OutputLocation.prepare(file.resolve("sub"), "--out"));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> OutputLocation.prepare(file, "--out"));
        assertTrue(e.getMessage().contains("exists and is not a folder"), e.getMessage());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void aReadOnlyParentIsReportedBeforeAnyWork() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who can write anyway");
            ConfigException e = assertThrows(ConfigException.class, () -> OutputLocation.prepare(ro.resolve("run"), "--out"));
            assertTrue(e.getMessage().contains("cannot write into"), e.getMessage());
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void debrisOfADeadProcessIsRemovedButNotThatOfALiveOne() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        long livePid = ProcessHandle.current().parent().orElseThrow().pid();
        Path deadTmp = Files.createDirectory(dir.resolve(".run.tmp-" + deadPid + "-1"));
        Files.writeString(deadTmp.resolve("timeseries.csv"), "half");
        Path deadOld = Files.createDirectory(dir.resolve(".run.old-" + deadPid + "-2"));
        Path live = Files.createDirectory(dir.resolve(".run.tmp-" + livePid + "-3"));
        Path other = Files.createDirectory(dir.resolve(".other.tmp-" + deadPid + "-4"));
        Path ownStale = Files.createDirectory(dir.resolve(".run.tmp-" + ProcessHandle.current().pid() + "-5"));
        writeResults(dir.resolve("run"), "a.csv");
        assertFalse(Files.exists(deadTmp));
        assertFalse(Files.exists(deadOld));
        assertFalse(Files.exists(ownStale), "same pid as this process (a container restart) but not in use");
        assertTrue(Files.exists(live), "another process may still be writing");
        assertTrue(Files.exists(other), "debris of another target is left to its own writes");
    }
}
