package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import langsim.output.AtomicResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file system that fills up while results are written (a small tmpfs; needs root, skipped otherwise): one line with
 * the operating system's reason, exit 1, the previous results intact and no debris.
 */
class FullDiskTest {
    @TempDir
    Path dir;
    private Path mount;

    private boolean mountTmpfs(String size) throws Exception {
        mount = Files.createDirectory(dir.resolve("small"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        return p.waitFor() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) new ProcessBuilder("umount", mount.toString()).start().waitFor();
    }

    @Test
    void aFullDiskIsOneLineWithTheReasonAndLosesNothing() throws Exception {
        assumeTrue(mountTmpfs("256k"), "cannot mount a tmpfs here (not root)");
        Path target = mount.resolve("run");
        try (AtomicResults earlier = AtomicResults.create(target)) {
            earlier.writeText("summary.json", "{\"earlier\": true}");
            earlier.commit();
        }
        CliTest.Outcome o = CliTest.run("run", "scenarios/baseline.yaml", "--out", target.toString(), "-q", "--set",
                "agents.researchers.count=300", "--set", "agents.systems_engineers.count=200", "--set",
                "agents.firms.count=20", "--set", "simulation.end_year=2035", "--replications", "2", "--threads", "1");
        assertEquals(1, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains("No space left on device"), o.err());
        assertFalse(o.err().contains("please report"), o.err());
        assertEquals("{\"earlier\": true}", Files.readString(target.resolve("summary.json")));
        try (Stream<Path> s = Files.list(mount)) {
            assertEquals(List.of("run"), s.map(p -> p.getFileName().toString()).toList(), "no staging folder left");
        }
    }
}
