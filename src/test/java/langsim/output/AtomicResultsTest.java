package langsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicResultsTest {
    @TempDir
    Path dir;

    private List<String> listing() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedRunLeavesNeitherTargetNorStagingBehind() throws Exception {
        Path target = dir.resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicResults out = AtomicResults.create(target)) {
                out.writeText("timeseries.csv", "half");
                throw new IllegalStateException("killed while writing");
            }
        });
        assertEquals(List.of(), listing());
    }

    @Test
    void commitReplacesAPreviousResultAsAWhole() throws Exception {
        Path target = dir.resolve("run");
        try (AtomicResults out = AtomicResults.create(target)) {
            out.writeText("a.txt", "first");
            out.writeText("old-only.txt", "x");
            out.commit();
        }
        try (AtomicResults out = AtomicResults.create(target)) {
            out.writeText("a.txt", "second");
            assertEquals("first", Files.readString(target.resolve("a.txt")), "target untouched until commit");
            out.commit();
        }
        assertEquals("second", Files.readString(target.resolve("a.txt")));
        assertFalse(Files.exists(target.resolve("old-only.txt")));
        assertEquals(List.of("run"), listing());
    }
}
