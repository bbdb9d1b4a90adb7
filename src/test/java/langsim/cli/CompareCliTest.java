package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.output.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code langsim compare}: thread-count invariance, folders against files, and the refusals. */
class CompareCliTest {
    private static final String SMALL = """
            simulation: {start_year: 2025, end_year: 2030, ticks_per_year: 12, replications: 3}
            agents: {researchers: {count: 600}, systems_engineers: {count: 400}, firms: {count: 30}}
            """;

    @TempDir
    Path dir;
    Path a;
    Path b;

    @BeforeEach
    void scenarios() throws IOException {
        a = Files.writeString(dir.resolve("a.yaml"), "name: small-a\n" + SMALL);
        b = Files.writeString(dir.resolve("b.yaml"), "name: small-b\n" + SMALL
                + "events: [{year: 2026, set: {languages.Rust.learning_years: 0.3}}]\n");
    }

    @Test
    void theSameComparisonGivesTheSameBytesWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        assertEquals(0, CliTest.run("compare", a.toString(), b.toString(), "--threads", "1", "-q", "--out", one.toString()).code());
        assertEquals(0, CliTest.run("compare", a.toString(), b.toString(), "--threads", "3", "-q", "--out", three.toString()).code());
        List<Path> files = files(one);
        assertEquals(files.stream().map(one::relativize).toList(), files(three).stream().map(three::relativize).toList());
        assertTrue(files.stream().anyMatch(p -> p.toString().endsWith("differences.png")), "charts were drawn: " + files);
        for (Path f : files) assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(three.resolve(one.relativize(f))), f.toString());
    }

    @Test
    void comparingRunFoldersGivesWhatComparingTheScenariosGives() throws IOException {
        Path fa = dir.resolve("run-a");
        Path fb = dir.resolve("run-b");
        assertEquals(0, CliTest.run("run", a.toString(), "-q", "--no-charts", "--out", fa.toString()).code());
        assertEquals(0, CliTest.run("run", b.toString(), "-q", "--no-charts", "--out", fb.toString()).code());
        Path fromFolders = dir.resolve("c-folders");
        Path fromFiles = dir.resolve("c-files");
        CliTest.Outcome o = CliTest.run("compare", fa.toString(), fb.toString(), "-q", "--no-charts", "--out", fromFolders.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(0, CliTest.run("compare", a.toString(), b.toString(), "-q", "--no-charts", "--out", fromFiles.toString()).code());
        for (String f : List.of("differences.csv", "summary.json")) {
            assertEquals(Files.readString(fromFiles.resolve(f)), Files.readString(fromFolders.resolve(f)), f);
        }
        JsonNode summary = Json.mapper().readTree(fromFiles.resolve("summary.json").toFile());
        assertEquals("small-a", summary.get("baseline").asText());
        assertEquals(3, summary.get("replications").asInt());
    }

    @Test
    void foldersRunWithDifferentSeedsAreRefusedUnlessTheComparisonIsOfIndependentSeeds() {
        Path fa = dir.resolve("run-a");
        Path fb = dir.resolve("run-b");
        assertEquals(0, CliTest.run("run", a.toString(), "-q", "--no-charts", "--out", fa.toString()).code());
        assertEquals(0, CliTest.run("run", b.toString(), "-q", "--no-charts", "--seed", "5", "--out", fb.toString()).code());
        Path out = dir.resolve("c");
        CliTest.Outcome o = CliTest.run("compare", fa.toString(), fb.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains(fb.toString()) && o.err().contains("not run with the same seeds")
                && o.err().contains("master seed 5 here"), o.err());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(0, CliTest.run("compare", fa.toString(), fb.toString(), "--independent", "-q", "--no-charts", "--out", out.toString()).code());
        // an input folder is never the results folder
        CliTest.Outcome self = CliTest.run("compare", fa.toString(), fa.toString(), "--out", fa.toString());
        assertEquals(2, self.code());
        assertTrue(self.err().contains("holds the input"), self.err());
        assertTrue(Files.isRegularFile(fa.resolve("timeseries.csv")), "the input is intact");
    }

    @Test
    void scenariosWithOtherLanguagesAreRefused() throws IOException {
        Path renamed = Files.writeString(dir.resolve("oxide.yaml"), Files.readString(Path.of("scenarios/baseline.yaml")).replace("Rust", "Oxide"));
        CliTest.Outcome o = CliTest.run("compare", "scenarios/baseline.yaml", renamed.toString(), "--out", dir.resolve("c").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains(renamed + ": languages differ from the baseline scenarios/baseline.yaml: [Python, Oxide, C++] here"), o.err());
    }

    @Test
    void scenariosWithOtherYearsOrTicksAreRefusedNamingWhatDiffers() throws IOException {
        Path years = Files.writeString(dir.resolve("years.yaml"), "name: y\n" + SMALL.replace("end_year: 2030", "end_year: 2031"));
        Path ticks = Files.writeString(dir.resolve("ticks.yaml"), "name: t\n" + SMALL.replace("ticks_per_year: 12", "ticks_per_year: 6"));
        Path out = dir.resolve("c");
        for (Path[] c : new Path[][] {{years, null}, {ticks, null}}) {
            CliTest.Outcome o = CliTest.run("compare", a.toString(), c[0].toString(), "--out", out.toString());
            assertEquals(2, o.code(), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().contains(c[0].toString()) && o.err().contains("the baseline " + a), o.err());
            assertFalse(Files.exists(out));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
